package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parsteering.base.DemoFile;

/**
 * The demo dossiers are sensible on whatever day the demo is created (issue 11, A10), checked on the generated
 * rows with the formulas of SPEC 3: the seed figures are exact, nothing of the seed period is left pending, no
 * dossier is pending for more than a few weeks, and no quarter between the seed and today has figures made only
 * of leftovers of earlier quarters.
 */
class DemoDossiersTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2024, 1, 1);
    private static final LocalDate INSPECTION = LocalDate.of(2024, 5, 3);
    private static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);
    private static final int PENDING_WEEKS_AT_MOST = 4;

    /** One generated dossier, as the figures see it. */
    record D(
            boolean district,
            Channel channel,
            LocalDate received,
            LocalDate due,
            LocalDate completed,
            Components components,
            boolean resultDigitized) {

        boolean pendingAt(LocalDate end) {
            return !received.isAfter(end) && (completed == null || completed.isAfter(end));
        }

        boolean completedIn(LocalDate from, LocalDate to) {
            return completed != null && !completed.isBefore(from) && !completed.isAfter(to);
        }

        boolean receivedIn(LocalDate from, LocalDate to) {
            return !received.isBefore(from) && !received.isAfter(to);
        }
    }

    /** The SPEC 3 counts of {@code dossiers} over [from, to] on {@code today}. */
    record Counts(long received, long completed, long pendingAtEnd, long handled, long onTime) {

        static Counts of(List<D> dossiers, LocalDate from, LocalDate to, LocalDate today) {
            LocalDate end = to.isBefore(today) ? to : today;
            long received =
                    dossiers.stream().filter(d -> d.receivedIn(from, to)).count();
            long completed =
                    dossiers.stream().filter(d -> d.completedIn(from, to)).count();
            long pending = dossiers.stream().filter(d -> d.pendingAt(end)).count();
            long onTime = dossiers.stream()
                            .filter(d ->
                                    d.completedIn(from, to) && !d.completed().isAfter(d.due()))
                            .count()
                    + dossiers.stream()
                            .filter(d -> d.pendingAt(end) && !d.due().isBefore(end))
                            .count();
            return new Counts(received, completed, pending, completed + pending, onTime);
        }
    }

    private static List<String> communes() {
        return DemoFile.read("units.csv", NEW_YEAR, "unit_code,name,type,parent_code,active_from,active_to")
                .rows()
                .stream()
                .filter(r -> r.text("type").equals("COMMUNE"))
                .map(r -> r.text("unit_code"))
                .sorted()
                .toList();
    }

    private static List<D> seedDossiers(LocalDate today) {
        DemoDossiers.Seed seed = DemoDossiers.Seed.read(today);
        return new DemoDossiers.Generator(communes(), seed, today)
                .dossiers().stream()
                        .map(r -> new D(
                                r.unit().equals("DISTRICT"),
                                r.channel(),
                                r.received(),
                                r.due(),
                                r.completed(),
                                r.components(),
                                r.resultDigitized()))
                        .toList();
    }

    private static List<D> recentDossiers(LocalDate today) {
        List<String> procedures = DemoDossiers.procedures(today).stream()
                .filter(p -> p.level() == ProcedureLevel.COMMUNE)
                .map(DemoDossiers.Procedure::code)
                .toList();
        String csv =
                DemoRecentActivity.dossierCsv(communes(), procedures, INSPECTION.plusDays(1), today, new Random(766));
        List<D> rows = new ArrayList<>();
        for (String line : csv.lines().skip(1).toList()) {
            String[] c = line.split(",", -1);
            rows.add(new D(
                    false,
                    Channel.valueOf(c[3]),
                    LocalDate.parse(c[4]),
                    LocalDate.parse(c[5]),
                    c[6].isEmpty() ? null : LocalDate.parse(c[6]),
                    Components.valueOf(c[7]),
                    "Y".equals(c[8])));
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-15", "2025-02-10", "2026-12-01"})
    void the_seed_figures_are_exact_whatever_the_day_the_demo_is_created(String day) {
        LocalDate today = LocalDate.parse(day);
        List<D> seed = seedDossiers(today);
        List<D> online =
                seed.stream().filter(d -> d.channel() == Channel.ONLINE).toList();

        Counts district = Counts.of(online.stream().filter(D::district).toList(), NEW_YEAR, INSPECTION, today);
        assertThat(district.received()).isEqualTo(645);
        assertThat(district.handled()).isEqualTo(645);
        assertThat(district.onTime()).isEqualTo(645);
        Counts communes = Counts.of(online.stream().filter(d -> !d.district()).toList(), NEW_YEAR, INSPECTION, today);
        assertThat(communes.received()).isEqualTo(3_555);
        assertThat(communes.handled()).isEqualTo(3_555);
        assertThat(communes.onTime()).isEqualTo(3_161);
        assertThat(communes.pendingAtEnd()).isEqualTo(10 + 24 + 101);

        Counts q1 = Counts.of(seed, NEW_YEAR, Q1_END, today);
        assertThat(q1.received()).isEqualTo(3_351);
        assertThat(q1.completed()).isEqualTo(3_294);
        Predicate<D> inQ1 = d -> d.receivedIn(NEW_YEAR, Q1_END);
        assertThat(seed.stream().filter(inQ1).filter(d -> d.components() != Components.NONE))
                .hasSize(3_350);
        assertThat(seed.stream().filter(inQ1).filter(d -> d.components() == Components.FULL))
                .hasSize(3_343);
        assertThat(seed.stream().filter(d -> d.completedIn(NEW_YEAR, Q1_END)).filter(D::resultDigitized))
                .hasSize(3_294);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-15", "2025-02-10", "2026-12-01"})
    void the_seed_is_completed_within_weeks_and_no_dossier_is_pending_for_long(String day) {
        LocalDate today = LocalDate.parse(day);
        List<D> seed = seedDossiers(today);
        List<D> all = new ArrayList<>(seed);
        all.addAll(recentDossiers(today));

        assertThat(seed)
                .as("every dossier of the seed period is completed within three weeks of its end, before today")
                .allSatisfy(d -> assertThat(d.completed())
                        .isNotNull()
                        .isBefore(today)
                        .isBeforeOrEqualTo(INSPECTION.plusWeeks(3)));
        assertThat(all.stream().filter(d -> d.completed() == null))
                .as("pending on " + today + " and received more than " + PENDING_WEEKS_AT_MOST + " weeks before")
                .allSatisfy(d -> assertThat(d.received()).isAfterOrEqualTo(today.minusWeeks(PENDING_WEEKS_AT_MOST)))
                .as("some dossiers are pending today, for the reminder rules")
                .isNotEmpty();
        assertThat(all).allSatisfy(d -> {
            assertThat(d.received()).isBefore(today);
            if (d.completed() != null) {
                assertThat(d.completed()).isBefore(today).isAfterOrEqualTo(d.received());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-15", "2025-02-10", "2026-12-01"})
    void every_quarter_between_the_seed_and_today_has_its_own_dossiers_or_none_at_all(String day) {
        LocalDate today = LocalDate.parse(day);
        List<D> all = new ArrayList<>(seedDossiers(today));
        all.addAll(recentDossiers(today));

        int quarters = 0;
        for (LocalDate from = LocalDate.of(2024, 4, 1); !from.isAfter(today); from = from.plusMonths(3)) {
            LocalDate to = from.plusMonths(3).minusDays(1);
            Counts q = Counts.of(all, from, to, today);
            String quarter = from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            if (q.handled() == 0) {
                assertThat(q.received()).as(quarter).isZero();
            } else {
                assertThat(q.received())
                        .as(quarter + " handles dossiers but receives none")
                        .isPositive();
                assertThat(q.onTime())
                        .as(quarter + " has dossiers but none on time")
                        .isPositive();
            }
            quarters++;
        }
        assertThat(quarters).isPositive();
        Counts current = Counts.of(all, today.withDayOfMonth(1).minusMonths(2), today, today);
        assertThat(current.received()).as("the last months have dossiers").isPositive();
    }

    private static List<org.parsteering.unit.UnitSummary> unitsOfToday() {
        return DemoFile.read("province-units.csv", NEW_YEAR, "unit_code,name,type,parent_code,active_from,active_to")
                .rows()
                .stream()
                .map(r -> new org.parsteering.unit.UnitSummary(
                        null,
                        0,
                        r.text("unit_code"),
                        r.text("name"),
                        r.choice("type", org.parsteering.unit.UnitType.class),
                        r.optional("parent_code"),
                        null,
                        r.optionalDate("active_from"),
                        null,
                        true))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-08-14", "2026-03-20", "2026-12-02"})
    void the_units_of_today_all_get_dossiers_and_signatures_since_july_2025_none_pending_for_long(String day) {
        LocalDate today = LocalDate.parse(day);
        LocalDate since = LocalDate.of(2025, 7, 1);
        var units = unitsOfToday();
        TodayActivity activity =
                new TodayActivity(units, DemoDossiers.procedures(today), DemoCalendar.read(today), since, today);
        List<String[]> rows =
                activity.dossierCsv().lines().skip(1).map(l -> l.split(",", -1)).toList();

        assertThat(rows.stream().map(c -> c[1]).distinct())
                .as("every unit of today has dossiers")
                .hasSize(units.size());
        assertThat(rows.stream().map(c -> c[0]).distinct())
                .as("codes are unique")
                .hasSize(rows.size());
        assertThat(rows).allSatisfy(c -> {
            LocalDate received = LocalDate.parse(c[4]);
            assertThat(received).isAfterOrEqualTo(since).isBefore(today);
            if (c[6].isEmpty()) {
                assertThat(received).isAfterOrEqualTo(today.minus(DemoRecentActivity.PENDING_AT_MOST));
            } else {
                assertThat(LocalDate.parse(c[6])).isAfterOrEqualTo(received).isBefore(today);
            }
        });
        assertThat(rows.stream().filter(c -> c[6].isEmpty()))
                .as("some pending today")
                .isNotEmpty();
        assertThat(rows.stream()
                        .filter(c -> c[6].isEmpty() && LocalDate.parse(c[5]).isBefore(today)))
                .as("some pending past their due date, for the reminder rules")
                .isNotEmpty();
        long months = java.time.YearMonth.from(since)
                .until(java.time.YearMonth.from(today), java.time.temporal.ChronoUnit.MONTHS);
        assertThat(activity.signatureCsv().lines().skip(1)).hasSize((int) months * units.size());
    }
}
