package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points of FORMULA items come from the figures of SPEC 3 as FigureService computes them — here the seed
 * article's first quarter of 2024 for the whole former district — and those of TASKS items from the tasks tied to
 * the criterion; a zero denominator is "not measured".
 */
@Transactional
class FormulaScorerTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 3, 31);

    @Autowired
    FormulaScorer scorer;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    FigureService figures;

    @Autowired
    JdbcClient jdbc;

    long setId;

    @BeforeEach
    void set() {
        jdbc.sql("""
                        insert into index_set (code, family, name_vi, name_en, year_of_set, unit_types, max_points,
                                               created_at, created_by)
                        values ('T766', 'T766', 'Bộ chỉ số 766 (thử)', '766 (test)', 2024, 'DISTRICT;COMMUNE', 36,
                                :now, 'test')""").param("now", Instant.now()).update();
        setId = jdbc.sql("select id from index_set where code = 'T766'")
                .query(Long.class)
                .single();
        item("2", null, 1, 20, "MANUAL", null);
        item("2.1", "2", 2, 20, "FORMULA", "on_time:L");
        item("4", null, 1, 10, "MANUAL", null);
        item("4.1", "4", 2, 6, "FORMULA", "results_digitized:L");
        item("4.2", "4", 2, 4, "FORMULA", "components:T(80)");
        item("6", null, 1, 6, "MANUAL", null);
        item("3.6", "6", 2, 6, "FORMULA", "online_payment:L");
        item("9", null, 1, 0, "TASKS", "task_completion:>90:0;else:0");
    }

    private void item(String code, String parent, int level, int max, String method, String rule) {
        jdbc.sql("""
                        insert into index_item (set_id, code, parent_id, position, item_level, title_vi, max_points,
                                                min_points, method, rule_text, evidence_required)
                        values (:set, :code, :parent, 1, :level, :code, :max, 0, :method, :rule, false)""")
                .param("set", setId)
                .param("code", code)
                .param(
                        "parent",
                        parent == null
                                ? null
                                : jdbc.sql("select id from index_item where set_id = :set and code = :code")
                                        .param("set", setId)
                                        .param("code", parent)
                                        .query(Long.class)
                                        .single())
                .param("level", level)
                .param("max", max)
                .param("method", method)
                .param("rule", rule)
                .update();
    }

    private static BigDecimal linear(int max, long numerator, long denominator) {
        return BigDecimal.valueOf(max * numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN);
    }

    @Test
    void theSeedQuarterScoresFromTheFiguresOfTheWholeDistrict() {
        List<IndexItem> items = catalog.items(setId);
        Map<String, ComputedPoints> byCode = as("inspector", () -> {
            FigureCounts all = figures.figures(FROM, TO, null, null).group(FigureReport.ALL);
            Map<Long, ComputedPoints> points = FormulaScorer.formula(items, all);
            return Map.of(
                    "2.1", points.get(id(items, "2.1")),
                    "4.1", points.get(id(items, "4.1")),
                    "4.2", points.get(id(items, "4.2")),
                    "3.6", points.get(id(items, "3.6")));
        });
        FigureCounts all =
                as("inspector", () -> figures.figures(FROM, TO, null, null).group(FigureReport.ALL));

        // 4.1: 3,294 of 3,294 completed dossiers with an electronic result → full 6 points
        assertThat(byCode.get("4.1").numerator()).isEqualTo(3_294);
        assertThat(byCode.get("4.1").denominator()).isEqualTo(3_294);
        assertThat(byCode.get("4.1").points()).isEqualByComparingTo("6.00");
        // 4.2: 3,350 of 3,351 received with digitised components, above T(80) → full 4 points
        assertThat(byCode.get("4.2").numerator()).isEqualTo(3_350);
        assertThat(byCode.get("4.2").denominator()).isEqualTo(3_351);
        assertThat(byCode.get("4.2").points()).isEqualByComparingTo("4.00");
        // 2.1 and 3.6: max × rate of the seed's own counts, the same counts the figures page shows
        assertThat(byCode.get("2.1").numerator()).isEqualTo(all.onTime());
        assertThat(byCode.get("2.1").denominator()).isEqualTo(all.handled());
        assertThat(byCode.get("2.1").points()).isEqualByComparingTo(linear(20, all.onTime(), all.handled()));
        assertThat(byCode.get("3.6").points()).isEqualByComparingTo(linear(6, all.paidOnline(), all.feeRequired()));
        assertThat(all.feeRequired()).isPositive();
    }

    @Test
    void eachUnitScoresFromItsOwnFiguresInOneCall() {
        List<IndexItem> items = catalog.items(setId);
        Map<String, Map<Long, ComputedPoints>> units = as("inspector", () -> scorer.score(items, FROM, TO));
        long onTime = units.values().stream()
                .mapToLong(p -> p.get(id(items, "2.1")).numerator())
                .sum();
        long handled = units.values().stream()
                .mapToLong(p -> p.get(id(items, "2.1")).denominator())
                .sum();
        FigureCounts all =
                as("inspector", () -> figures.figures(FROM, TO, null, null).group(FigureReport.ALL));
        assertThat(onTime).isEqualTo(all.onTime());
        assertThat(handled).isEqualTo(all.handled());
        // a unit with no dossier in the quarter is not measured: neither 0 nor full marks
        assertThat(units.values())
                .filteredOn(p -> p.get(id(items, "2.1")).denominator() == 0)
                .allSatisfy(p -> assertThat(p.get(id(items, "2.1")).measured()).isFalse());
    }

    private static long id(List<IndexItem> items, String code) {
        return items.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
