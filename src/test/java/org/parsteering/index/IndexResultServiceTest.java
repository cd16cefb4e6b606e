package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.plan.TaskCriteriaService;
import org.parsteering.plan.TaskDraft;
import org.parsteering.plan.TaskService;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results (SPEC 3a): the ranking per unit type with shared ranks for ties, bands, the change against the previous
 * published round of the family, the areas of the heat map, where a unit lost points with the tasks tied to each
 * item, and the locality's Decision 766 score of the seed quarter computed from the district's figures.
 */
@Transactional
class IndexResultServiceTest extends IntegrationTest {

    @Autowired
    IndexSetService sets;

    @Autowired
    IndexSetImportService setImport;

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexResultService results;

    @Autowired
    FigureService figures;

    @Autowired
    TaskService tasks;

    @Autowired
    TaskCriteriaService criteria;

    @Autowired
    JdbcClient jdbc;

    RoundSummary last;
    RoundSummary now;

    @BeforeEach
    void twoRounds() {
        as("secretary", () -> {
            sets.create(new IndexSetDraft(
                    "T-RES-2023",
                    "T-RES",
                    "Bộ",
                    "Set",
                    2023,
                    null,
                    Set.of(UnitType.COMMUNE),
                    BigDecimal.TEN,
                    DemoIndexSets.BANDS));
            setImport.importFile("""
                    set_code,code,parent_code,title,max_points,method
                    T-RES-2023,1,,A,6,MANUAL
                    T-RES-2023,1.1,1,A1,6,MANUAL
                    T-RES-2023,2,,B,4,MANUAL
                    T-RES-2023,2.1,2,B1,4,MANUAL
                    """.getBytes(StandardCharsets.UTF_8), "r.csv");
            sets.copyToYear("T-RES-2023", "T-RES-2024", 2024);
        });
        last = open("T-RES-2023", 2023);
        now = open("T-RES-2024", 2024);
        // last year: BAISON 7, BACSON 9, DONGSON 5
        score(last, "XA-BAISON", 4, 3);
        score(last, "XA-BACSON", 6, 3);
        score(last, "XA-DONGSON", 3, 2);
        publish(last);
        // this year: BAISON 9.5, BACSON 8, DONGSON 8 (a tie)
        score(now, "XA-BAISON", 6, 3.5);
        score(now, "XA-BACSON", 5, 3);
        score(now, "XA-DONGSON", 4, 4);
    }

    private RoundSummary open(String set, int year) {
        return as(
                "committee",
                () -> rounds.open(new RoundDraft(
                        set,
                        year,
                        List.of("XA-BAISON", "XA-BACSON", "XA-DONGSON"),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        LocalDate.of(year, 12, 31),
                        LocalDate.of(year, 12, 31),
                        null)));
    }

    /** The final points as the workflow leaves them (the workflow itself is AssessmentServiceTest's). */
    private void score(RoundSummary round, String unit, double a, double b) {
        for (var e : Map.of("1.1", a, "2.1", b).entrySet()) {
            jdbc.sql("""
                            update index_score set final_points = :points where round_id = :round
                            and unit_id = (select id from unit where code = :unit)
                            and item_id in (select id from index_item where code = :item)""")
                    .param("points", BigDecimal.valueOf(e.getValue()))
                    .param("round", round.id())
                    .param("unit", unit)
                    .param("item", e.getKey())
                    .update();
        }
    }

    private void publish(RoundSummary round) {
        jdbc.sql("update index_round set state = 'PUBLISHED' where id = :id")
                .param("id", round.id())
                .update();
    }

    @Test
    void units_rank_within_their_type_ties_share_a_rank_and_the_change_is_against_last_year() {
        publish(now);
        RoundResults r = as("head.baison", () -> results.results(now.id()));
        assertThat(r.previous().year()).isEqualTo(2023);
        Map<String, UnitResult> byUnit = r.units().stream().collect(Collectors.toMap(UnitResult::unitCode, u -> u));
        assertThat(byUnit.get("XA-BAISON").total()).isEqualByComparingTo("9.5");
        assertThat(byUnit.get("XA-BAISON").percent()).isEqualByComparingTo("95.00");
        assertThat(byUnit.get("XA-BAISON").band().nameEn()).isEqualTo("Good");
        assertThat(byUnit.get("XA-BAISON").rank()).isEqualTo(1);
        assertThat(byUnit.get("XA-BAISON").rankChange()).isEqualTo(1); // 2nd → 1st
        assertThat(byUnit.get("XA-BAISON").pointsChange()).isEqualByComparingTo("2.5");
        assertThat(byUnit.get("XA-BACSON").rank()).isEqualTo(2);
        assertThat(byUnit.get("XA-DONGSON").rank()).isEqualTo(2); // tied at 80 %
        assertThat(byUnit.get("XA-DONGSON").band().nameEn()).isEqualTo("Fair");
        assertThat(byUnit.get("XA-BACSON").rankChange()).isEqualTo(-1);
        assertThat(r.byType().get(UnitType.COMMUNE))
                .extracting(UnitResult::unitCode)
                .startsWith("XA-BAISON");
        // the heat map's areas
        IndexItem areaB = r.areas().get(1);
        assertThat(byUnit.get("XA-DONGSON").areaPoints().get(areaB.id())).isEqualByComparingTo("4");
    }

    @Test
    void an_unpublished_ranking_is_the_committees_and_a_unit_sees_where_it_lost_points() {
        assertThatThrownBy(() -> as("head.baison", () -> results.results(now.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("inspector", () -> results.results(now.id())).provisional())
                .isTrue();

        TaskDraft d = new TaskDraft();
        d.setCode(unique("RES-"));
        d.setTitle("Raise B1");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.now(clock).plusDays(30));
        d.setLeadUnitCode("XA-BACSON");
        var task = as("committee", () -> tasks.create(d));
        long b1 = as("committee", () -> sets.items("T-RES-2024")).stream()
                .filter(i -> i.code().equals("2.1"))
                .findFirst()
                .orElseThrow()
                .id();
        as(
                "committee",
                () -> criteria.linkCriteria(
                        task.code(),
                        Set.of(b1),
                        tasks.detail(task.code()).orElseThrow().version()));

        List<LostPoints> lost = as("committee", () -> results.weakest(now.id(), "XA-BACSON", 3));
        assertThat(lost).extracting(l -> l.item().code()).containsExactly("1.1", "2.1");
        assertThat(lost.get(0).lost()).isEqualByComparingTo("1");
        assertThat(lost.get(1).tasks()).extracting(t -> t.code()).containsExactly(task.code());
        assertThatThrownBy(() -> as("head.baison", () -> results.weakest(now.id(), "XA-BACSON", 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("head.baison", () -> results.weakest(now.id(), "XA-BAISON", 3)))
                .extracting(l -> l.item().code())
                .containsExactly("2.1");
    }

    @Test
    void the_766_score_of_the_seed_quarter_comes_from_the_districts_figures() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 3, 31);
        LocalityScore score = as("committee", () -> results.localityScore("QD766", from, to));
        Map<String, LocalityScore.Item> byCode =
                score.items().stream().collect(Collectors.toMap(i -> i.item().code(), i -> i));
        FigureCounts all =
                as("inspector", () -> figures.figures(from, to, null, null).group(FigureReport.ALL));
        assertThat(byCode.get("4.1").points()).isEqualByComparingTo("6.00");
        assertThat(byCode.get("4.2").points()).isEqualByComparingTo("4.00");
        assertThat(byCode.get("2.1").points())
                .isEqualByComparingTo(BigDecimal.valueOf(20 * all.onTime())
                        .divide(BigDecimal.valueOf(all.handled()), 2, RoundingMode.DOWN));
        assertThat(byCode.get("3.6").points())
                .isEqualByComparingTo(BigDecimal.valueOf(6 * all.paidOnline())
                        .divide(BigDecimal.valueOf(all.feeRequired()), 2, RoundingMode.DOWN));
        // imported and not-measured indicators are not scored here: neither 0 nor full marks
        assertThat(byCode.get("1.1").points()).isNull();
        assertThat(byCode.get("4.3").points()).isNull();
        assertThat(score.measuredMax()).isEqualByComparingTo("48");
        assertThat(score.points())
                .isEqualByComparingTo(score.items().stream()
                        .map(LocalityScore.Item::points)
                        .filter(p -> p != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        List<LocalityScore> quarters =
                as("head.baison", () -> results.localityTrend("QD766", 2024, false, LocalDate.now(clock)));
        assertThat(quarters).hasSize(2);
        assertThat(quarters.getFirst().points()).isEqualByComparingTo(score.points());
    }
}
