package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeKind;
import org.parsteering.unit.UnitChangeRequest;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * SPEC 2a on random data: in the current structure a successor's figures equal the sum of its predecessors'
 * historical figures plus its own, for every count, every channel and random periods; closed units are marked
 * in the historical structure and absent from the current one. Two changes in a row (A, B → N in July 2025,
 * then N, C → M in February 2026) check that the mapping is transitive.
 */
@Transactional
class FigureStructureTest extends IntegrationTest {

    @Autowired
    FigureService figures;

    @Autowired
    UnitChangeService changes;

    @Autowired
    JdbcTemplate jdbc;

    private String p;
    private final Random random = new Random(1678);

    @BeforeEach
    void data() {
        clock.set(Instant.parse("2026-03-20T02:00:00Z"));
        p = unique("FS").toUpperCase(java.util.Locale.ROOT);
        for (String s : List.of("A", "B", "C")) {
            jdbc.update(
                    "insert into unit (code, name, unit_type, active_from, created_at, updated_at)"
                            + " values (?, ?, 'COMMUNE', '2021-01-01', current_timestamp, current_timestamp)",
                    p + s,
                    "Xã " + s);
        }
        jdbc.update(
                "insert into admin_procedure (code, name, proc_level, online_level, fee_required, updated_at)"
                        + " values (?, 'Thủ tục thử', 'COMMUNE', 'FULL', true, current_timestamp)",
                p + "-P");
        long procedure = jdbc.queryForObject("select id from admin_procedure where code = ?", Long.class, p + "-P");
        String[] channels = {"ONLINE", "IN_PERSON", "POSTAL"};
        String[] components = {"FULL", "PARTIAL", "NONE"};
        List<Object[]> rows = new ArrayList<>();
        for (String s : List.of("A", "B", "C")) {
            long unit = jdbc.queryForObject("select id from unit where code = ?", Long.class, p + s);
            // units A and B close on 30 June 2025, C on 31 January 2026: their dossiers end before that
            LocalDate last = s.equals("C") ? LocalDate.of(2026, 1, 31) : LocalDate.of(2025, 6, 30);
            for (int i = 0; i < 150; i++) {
                LocalDate received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(500));
                if (received.isAfter(last)) {
                    received = last.minusDays(random.nextInt(30));
                }
                LocalDate due = received.plusDays(3 + random.nextInt(10));
                LocalDate completed = random.nextInt(8) == 0 ? null : received.plusDays(random.nextInt(15));
                boolean fee = random.nextBoolean();
                rows.add(new Object[] {
                    p + s + "-" + i,
                    unit,
                    procedure,
                    channels[random.nextInt(3)],
                    Date.valueOf(received),
                    Date.valueOf(due),
                    completed == null ? null : Date.valueOf(completed),
                    components[random.nextInt(3)],
                    completed == null ? null : random.nextBoolean(),
                    completed == null ? null : random.nextBoolean(),
                    fee,
                    fee && random.nextBoolean()
                });
            }
            for (LocalDate m = LocalDate.of(2024, 1, 1); !m.isAfter(last); m = m.plusMonths(1)) {
                int issued = 20 + random.nextInt(50);
                jdbc.update(
                        "insert into signature_report (unit_id, report_month, documents_issued, documents_signed,"
                                + " updated_at) values (?, ?, ?, ?, current_timestamp)",
                        unit,
                        Date.valueOf(m),
                        issued,
                        random.nextInt(issued + 1));
            }
        }
        jdbc.batchUpdate(
                "insert into dossier (code, unit_id, procedure_id, channel, received_on, due_on, completed_on,"
                        + " components, result_digitized, result_signed, fee_required, paid_online, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
                rows);
    }

    private void record(LocalDate date, String successor, String... predecessors) {
        as(
                "secretary",
                () -> changes.record(new UnitChangeRequest(
                        date,
                        UnitChangeKind.MERGE,
                        List.of(predecessors),
                        successor,
                        "Xã " + successor,
                        UnitType.COMMUNE,
                        "1678/NQ-UBTVQH15")));
    }

    private Map<String, UnitFigures> byCode(FigureReport report) {
        return report.units().stream()
                .filter(u -> u.unitCode().startsWith(p))
                .collect(Collectors.toMap(UnitFigures::unitCode, Function.identity()));
    }

    private FigureCounts sum(Map<String, UnitFigures> units, String... codes) {
        FigureCounts total = FigureCounts.ZERO;
        for (String c : codes) {
            UnitFigures u = units.get(p + c);
            total = total.plus(u == null ? FigureCounts.ZERO : u.counts());
        }
        return total;
    }

    @Test
    void current_figures_of_a_successor_are_the_sum_of_its_predecessors_for_every_count_and_period() {
        record(LocalDate.of(2025, 7, 1), p + "N", p + "A", p + "B");
        record(LocalDate.of(2026, 2, 1), p + "M", p + "N", p + "C");

        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30)});
        periods.add(new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 31)});
        for (int i = 0; i < 12; i++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(800));
            periods.add(new LocalDate[] {from, from.plusDays(random.nextInt(200))});
        }
        List<Channel> channels = new ArrayList<>(List.of(Channel.values()));
        channels.add(null);
        for (LocalDate[] period : periods) {
            for (Channel channel : channels) {
                var historical = as(
                        "inspector", () -> figures.figures(period[0], period[1], null, channel, Structure.HISTORICAL));
                var current =
                        as("inspector", () -> figures.figures(period[0], period[1], null, channel, Structure.CURRENT));
                Map<String, UnitFigures> h = byCode(historical);
                Map<String, UnitFigures> c = byCode(current);
                String what = period[0] + ".." + period[1] + " " + channel;
                // the closed units are not rows of the current structure; M carries all four on
                assertThat(c.keySet()).as(what).containsExactly(p + "M");
                // each unit on its own in the historical structure (a closed unit asked for by code is reported)
                FigureCounts own = FigureCounts.ZERO;
                for (String s : List.of("A", "B", "C", "N", "M")) {
                    own = own.plus(as(
                                    "inspector",
                                    () -> figures.figures(period[0], period[1], p + s, channel, Structure.HISTORICAL))
                            .units()
                            .get(0)
                            .counts());
                }
                assertThat(c.get(p + "M").counts()).as(what).isEqualTo(own);
                assertThat(c.get(p + "M").predecessors()).containsExactly(p + "A", p + "B", p + "C", p + "N");
                // one unit asked for: the same figures, also when asked by a closed unit's code
                var one = as(
                        "inspector", () -> figures.figures(period[0], period[1], p + "A", channel, Structure.CURRENT));
                assertThat(one.units()).singleElement().satisfies(u -> {
                    assertThat(u.unitCode()).isEqualTo(p + "M");
                    assertThat(u.counts()).isEqualTo(c.get(p + "M").counts());
                });
                // while every unit was active, the whole locality counts every dossier once in both structures
                if (period[1].isBefore(LocalDate.of(2025, 7, 1))) {
                    assertThat(current.group(FigureReport.ALL)).as(what).isEqualTo(historical.group(FigureReport.ALL));
                    assertThat(c.get(p + "M").counts()).as(what).isEqualTo(sum(h, "A", "B", "C"));
                }
                assertThat(current.structure()).isEqualTo(Structure.CURRENT);
            }
        }
    }

    @Test
    void the_historical_structure_lists_units_only_while_active_and_marks_the_closed_ones() {
        record(LocalDate.of(2025, 7, 1), p + "N", p + "A", p + "B");

        var q1 = as(
                "inspector",
                () -> figures.figures(
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null, null, Structure.HISTORICAL));
        Map<String, UnitFigures> h = byCode(q1);
        assertThat(h.keySet()).containsExactlyInAnyOrder(p + "A", p + "B", p + "C");
        assertThat(h.get(p + "A").closed()).isTrue();
        assertThat(h.get(p + "A").activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(h.get(p + "C").closed()).isFalse();
        assertThat(h.get(p + "A").predecessors()).isEmpty();

        var q1Current = as(
                "inspector",
                () -> figures.figures(
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null, null, Structure.CURRENT));
        assertThat(byCode(q1Current).keySet()).containsExactlyInAnyOrder(p + "N", p + "C");
        assertThat(byCode(q1Current).get(p + "N").unitType()).isEqualTo(UnitType.COMMUNE);
        assertThat(q1Current.group(UnitType.COMMUNE.name())).isEqualTo(q1.group(UnitType.COMMUNE.name()));
        assertThat(q1Current.group(FigureReport.COMMUNE_LEVEL)).isEqualTo(q1Current.group(UnitType.COMMUNE.name()));
    }

    @Test
    void a_change_is_seen_at_once_by_cached_figures() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        var before = as("inspector", () -> figures.figures(from, to, null, null, Structure.CURRENT));
        assertThat(byCode(before).keySet()).containsExactlyInAnyOrder(p + "A", p + "B", p + "C");

        record(LocalDate.of(2025, 7, 1), p + "N", p + "A", p + "B");

        var after = as("inspector", () -> figures.figures(from, to, null, null, Structure.CURRENT));
        assertThat(byCode(after).keySet()).containsExactlyInAnyOrder(p + "N", p + "C");
        assertThat(byCode(after).get(p + "N").counts()).isEqualTo(sum(byCode(before), "A", "B"));
    }

    @Test
    void late_dossiers_follow_the_structure_like_the_counts() {
        record(LocalDate.of(2025, 7, 1), p + "N", p + "A", p + "B");
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        var counts = byCode(as("inspector", () -> figures.figures(from, to, null, null, Structure.HISTORICAL)));

        var current = as(
                "inspector",
                () -> figures.lateDossiers(p + "N", from, to, null, LateKind.ALL, 0, 10_000, Structure.CURRENT));
        assertThat((long) current.size())
                .isEqualTo(counts.get(p + "A").counts().late()
                        + counts.get(p + "B").counts().late());
        var byClosedCode = as(
                "inspector",
                () -> figures.lateDossiers(p + "A", from, to, null, LateKind.ALL, 0, 10_000, Structure.CURRENT));
        assertThat(byClosedCode).isEqualTo(current);
        var ownOnly = as(
                "inspector",
                () -> figures.lateDossiers(p + "A", from, to, null, LateKind.ALL, 0, 10_000, Structure.HISTORICAL));
        assertThat((long) ownOnly.size()).isEqualTo(counts.get(p + "A").counts().late());
        assertThat(current).containsAll(ownOnly);

        var all = as(
                "inspector",
                () -> figures.lateDossiersOfAllUnits(from, to, null, LateKind.ALL, 0, 100_000, Structure.CURRENT));
        assertThat(all.stream()
                        .filter(d -> d.unitCode().startsWith(p))
                        .map(UnitLateDossier::unitCode)
                        .distinct())
                .containsExactlyInAnyOrder(p + "N", p + "C");
    }
}
