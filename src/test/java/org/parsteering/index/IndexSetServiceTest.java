package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Index sets (SPEC 3a): the demo's two sets, the items import with every bad row and nothing written, its
 * idempotence through the export, the tree of a set in use, the set's own rules, copy to a year and delete.
 */
@Transactional
class IndexSetServiceTest extends IntegrationTest {

    static final String HEADER =
            "set_code,code,parent_code,title,title_en,max_points,min_points,method,rule,evidence_required,guidance\n";

    @Autowired
    IndexSetService sets;

    @Autowired
    IndexSetImportService importer;

    @Autowired
    JdbcClient jdbc;

    private IndexSetSummary newSet(String code, int max) {
        return as(
                "secretary",
                () -> sets.create(new IndexSetDraft(
                        code,
                        null,
                        "Bộ thử",
                        "Test set",
                        2024,
                        null,
                        Set.of(UnitType.COMMUNE),
                        new BigDecimal(max),
                        DemoIndexSets.BANDS)));
    }

    private ImportResult importCsv(String body) {
        return as("secretary", () -> importer.importFile((HEADER + body).getBytes(StandardCharsets.UTF_8), "s.csv"));
    }

    private List<RowError> rejected(String body) {
        try {
            importCsv(body);
        } catch (ImportRejectedException e) {
            return e.getErrors();
        }
        throw new AssertionError("the import was not rejected");
    }

    private static String keys(List<RowError> errors) {
        return errors.stream()
                .map(e -> e.line() + ":" + e.column() + ":" + e.messageKey())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void the_demo_has_the_766_score_and_a_par_index_of_two_years_in_one_family() {
        IndexSetSummary qd = as("inspector", () -> sets.set("QD766").orElseThrow());
        assertThat(qd.maxPoints()).isEqualByComparingTo("100");
        assertThat(qd.bands()).extracting(IndexBand::nameEn).containsExactly("Good", "Fair", "Average", "Weak");
        List<IndexItem> items = as("head.baison", () -> sets.items("QD766"));
        Map<String, IndexItem> byCode = items.stream().collect(Collectors.toMap(IndexItem::code, i -> i));
        assertThat(items.stream().filter(i -> i.level() == 1).map(IndexItem::maxPoints))
                .map(BigDecimal::intValue)
                .containsExactly(18, 20, 12, 22, 18, 10);
        assertThat(byCode.get("2.1").rule()).isEqualTo("on_time:L");
        assertThat(byCode.get("4.1").rule()).isEqualTo("results_digitized:L");
        assertThat(byCode.get("4.2").rule()).isEqualTo("components:T(80)");
        assertThat(byCode.get("3.6").rule()).isEqualTo("online_payment:L");
        assertThat(byCode.get("4.3").method()).isEqualTo(ScoringMethod.NOT_MEASURED);
        assertThat(byCode.get("5.4").method()).isEqualTo(ScoringMethod.IMPORTED);

        IndexSetSummary last = as("committee", () -> sets.set("PARINDEX-2023").orElseThrow());
        IndexSetSummary now = as("committee", () -> sets.set("PARINDEX-2024").orElseThrow());
        assertThat(now.family()).isEqualTo(last.family()).isEqualTo("PARINDEX");
        assertThat(now.year()).isEqualTo(2024);
        List<IndexItem> lastItems = as("committee", () -> sets.items("PARINDEX-2023"));
        List<IndexItem> nowItems = as("committee", () -> sets.items("PARINDEX-2024"));
        assertThat(nowItems)
                .extracting(IndexItem::code)
                .containsExactlyElementsOf(
                        lastItems.stream().map(IndexItem::code).toList());
        assertThat(nowItems.stream().map(IndexItem::method).collect(Collectors.toSet()))
                .contains(ScoringMethod.MANUAL, ScoringMethod.FORMULA, ScoringMethod.TASKS, ScoringMethod.IMPORTED);
        assertThat(nowItems.stream().filter(i -> i.minPoints().signum() < 0)).isNotEmpty();
    }

    @Test
    void a_file_with_bad_rows_reports_every_one_and_writes_nothing() {
        newSet("T-BAD", 12);
        List<RowError> errors = rejected("""
                NOPE,1,,Không có bộ,,1,,MANUAL,,N,
                T-BAD,1,,Lĩnh vực 1,Area 1,6,,MANUAL,,N,
                T-BAD,1.1,1,Tiêu chí,,2,,MANUAL,,N,
                T-BAD,1.2,1,Tiêu chí,,3,,FORMULA,speed:L,N,
                T-BAD,1.2,1,Trùng,,1,,MANUAL,,N,
                T-BAD,2,,Lĩnh vực 2,,3,,FORMULA,on_time:L,N,
                T-BAD,2.1,2,Con,,3,,MANUAL,,N,
                T-BAD,3,,Lĩnh vực 3,,abc,,MANUAL,,N,
                T-BAD,4.1,9,Cha không có,,1,,MANUAL,,N,
                T-BAD,5,,Thủ công có quy tắc,,1,,MANUAL,on_time:L,N,
                """);
        assertThat(keys(errors))
                .contains("2:set_code:index.import.error.unknownSet")
                .contains("3:max_points:index.import.error.childrenSum") // 2 + 3 ≠ 6
                .contains("5:rule:index.error.ruleFigure")
                .contains("6:code:index.import.error.duplicate")
                .contains("7:method:index.import.error.innerScored")
                .contains("9:max_points:import.error.badDecimal")
                .contains("10:parent_code:index.import.error.unknownParent")
                .contains("11:rule:index.import.error.ruleNotUsed")
                .contains("3:max_points:index.import.error.topSum");
        assertThat(as("secretary", () -> sets.items("T-BAD"))).isEmpty();
    }

    @Test
    void bonus_items_are_outside_the_sums_and_the_tree_has_at_most_four_levels() {
        newSet("T-TREE", 4);
        List<RowError> deep = rejected("""
                T-TREE,1,,A,,4,,MANUAL,,N,
                T-TREE,1.1,1,B,,4,,MANUAL,,N,
                T-TREE,1.1.1,1.1,C,,4,,MANUAL,,N,
                T-TREE,1.1.1.1,1.1.1,D,,4,,MANUAL,,N,
                T-TREE,1.1.1.1.1,1.1.1.1,E,,4,,MANUAL,,N,
                """);
        assertThat(keys(deep)).contains("6:parent_code:index.import.error.tooDeep");

        List<RowError> bonus = rejected("""
                T-TREE,1,,A,,4,,MANUAL,,N,
                T-TREE,9,,Thưởng/trừ,,3,-3,MANUAL,,N,
                T-TREE,9.1,9,Thưởng,,2,,MANUAL,,N,
                T-TREE,9.2,9,Trừ,,0,-2,MANUAL,,N,
                """);
        assertThat(keys(bonus)).isEqualTo("3:max_points:index.import.error.bonusSum");

        ImportResult ok = importCsv("""
                T-TREE,1,,A,,4,,MANUAL,,N,
                T-TREE,1.1,1,B,,3,,MANUAL,,Y,
                T-TREE,1.2,1,C,,1,,TASKS,task_completion:>90:1;>=70:0.5;else:0,N,
                T-TREE,1.3,1,Trừ trong lĩnh vực,,0,-1,MANUAL,,N,
                T-TREE,9,,Thưởng/trừ,,3,-3,MANUAL,,N,
                T-TREE,9.1,9,Thưởng,,3,,MANUAL,,N,
                T-TREE,9.2,9,Trừ,,0,-3,MANUAL,,N,
                """);
        assertThat(ok.created()).isEqualTo(7);
        List<IndexItem> items = as("secretary", () -> sets.items("T-TREE"));
        assertThat(items).extracting(IndexItem::code).containsExactly("1", "1.1", "1.2", "1.3", "9", "9.1", "9.2");
        assertThat(items).extracting(IndexItem::level).containsExactly(1, 2, 2, 2, 1, 2, 2);
        assertThat(items.get(3).minPoints()).isEqualByComparingTo("-1");
    }

    @Test
    void the_export_imports_unchanged_and_a_changed_title_is_one_update() {
        byte[] export = as("inspector", () -> importer.export("QD766"));
        ImportResult same = as("secretary", () -> importer.importFile(export, "qd766.csv"));
        assertThat(same.created()).isZero();
        assertThat(same.updated()).isZero();
        assertThat(same.unchanged()).isEqualTo(25);

        byte[] xlsx = as("inspector", () -> importer.exportXlsx("QD766"));
        ImportResult sameXlsx = as("secretary", () -> importer.importFile(xlsx, "qd766.xlsx"));
        assertThat(sameXlsx.unchanged()).isEqualTo(25);
        assertThat(sameXlsx.created() + sameXlsx.updated()).isZero();

        String changed = new String(export, StandardCharsets.UTF_8)
                .replace("Hồ sơ thanh toán trực tuyến,", "Hồ sơ được thanh toán trực tuyến,");
        ImportResult one =
                as("secretary", () -> importer.importFile(changed.getBytes(StandardCharsets.UTF_8), "qd766.csv"));
        assertThat(one.updated()).isEqualTo(1);
        assertThat(one.unchanged()).isEqualTo(24);
        assertThat(as("secretary", () -> sets.items("QD766")).stream()
                        .filter(i -> i.code().equals("3.6"))
                        .findFirst()
                        .orElseThrow()
                        .titleVi())
                .isEqualTo("Hồ sơ được thanh toán trực tuyến");
    }

    @Test
    void a_set_a_round_uses_keeps_its_points_but_may_be_reworded() {
        IndexSetSummary set = newSet("T-USED", 2);
        importCsv("T-USED,1,,A,,2,,MANUAL,,N,\n");
        jdbc.sql("""
                        insert into index_round (set_id, round_year, state, period_from, period_to, self_due,
                        appraisal_due, opened_at, opened_by)
                        values (:set, 2024, 'OPEN', '2024-01-01', '2024-12-31', '2024-12-15', '2024-12-31', :now, 't')""").param("set", set.id()).param("now", Instant.now()).update();
        assertThat(keys(rejected("T-USED,1,,A,,1,,MANUAL,,N,\nT-USED,2,,B,,1,,MANUAL,,N,\n")))
                .contains("2:code:index.import.error.setInUse")
                .contains("3:code:index.import.error.setInUse");
        assertThat(importCsv("T-USED,1,,A (mới),New A,2,,MANUAL,,Y,Hướng dẫn\n").updated())
                .isEqualTo(1);
        IndexSetDraft newBands = new IndexSetDraft(
                "T-USED",
                null,
                "Bộ thử",
                "Test set",
                2024,
                null,
                Set.of(UnitType.COMMUNE),
                new BigDecimal(2),
                List.of(
                        new IndexBand("Đạt", "Pass", BigDecimal.valueOf(50)),
                        new IndexBand("Chưa đạt", "Fail", BigDecimal.ZERO)));
        assertThatThrownBy(() -> as("secretary", () -> sets.update("T-USED", newBands, set.version())))
                .hasMessageContaining("index.error.setInUse");
        assertThatThrownBy(() -> as("secretary", () -> sets.delete("T-USED")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("index.error.setInUse");
    }

    @Test
    void a_set_has_a_free_code_names_types_and_bands_from_high_to_low() {
        assertThatThrownBy(() -> newSet("QD766", 100)).hasMessageContaining("index.error.codeTaken");
        assertThatThrownBy(() -> newSet("bad code!", 100)).hasMessageContaining("index.error.badCode");
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> sets.create(new IndexSetDraft(
                                "T-BANDS",
                                null,
                                "Bộ",
                                "Set",
                                2024,
                                null,
                                Set.of(UnitType.COMMUNE),
                                BigDecimal.TEN,
                                List.of(
                                        new IndexBand("Khá", "Fair", BigDecimal.valueOf(80)),
                                        new IndexBand("Tốt", "Good", BigDecimal.valueOf(90)))))))
                .hasMessageContaining("index.error.bandOrder");
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> sets.create(new IndexSetDraft(
                                "T-TYPES", null, "Bộ", "Set", 2024, null, Set.of(), BigDecimal.TEN, List.of()))))
                .hasMessageContaining("index.error.noUnitTypes");
        assertThat(as("secretary", () -> sets.set("T-BANDS"))).isEmpty();
    }

    @Test
    void an_edit_needs_the_version_seen_and_keeps_the_areas_sum() {
        IndexSetSummary set = newSet("T-EDIT", 2);
        importCsv("T-EDIT,1,,A,,2,,MANUAL,,N,\n");
        IndexSetDraft renamed = new IndexSetDraft(
                "T-EDIT",
                null,
                "Bộ mới",
                "New set",
                2025,
                "QĐ 1",
                Set.of(UnitType.COMMUNE, UnitType.WARD),
                new BigDecimal(2),
                List.of());
        IndexSetSummary saved = as("secretary", () -> sets.update("T-EDIT", renamed, set.version()));
        assertThat(saved.nameEn()).isEqualTo("New set");
        assertThat(saved.unitTypes()).containsExactlyInAnyOrder(UnitType.COMMUNE, UnitType.WARD);
        assertThat(saved.bands()).isEmpty();
        assertThatThrownBy(() -> as("secretary", () -> sets.update("T-EDIT", renamed, set.version())))
                .isInstanceOf(ConcurrentEditException.class);
        IndexSetDraft bigger = new IndexSetDraft(
                "T-EDIT",
                null,
                "Bộ mới",
                "New set",
                2025,
                null,
                Set.of(UnitType.COMMUNE),
                new BigDecimal(3),
                List.of());
        assertThatThrownBy(() -> as("secretary", () -> sets.update("T-EDIT", bigger, saved.version())))
                .hasMessageContaining("index.import.error.topSum");
    }

    @Test
    void a_copy_to_a_year_keeps_the_family_bands_and_tree_and_an_unused_set_can_be_deleted() {
        newSet("T-COPY", 4);
        importCsv("T-COPY,1,,A,,4,,MANUAL,,N,\nT-COPY,1.1,1,B,,4,,FORMULA,on_time:T(80),N,\n");
        IndexSetSummary copy = as("secretary", () -> sets.copyToYear("T-COPY", "t-copy-2025", 2025));
        assertThat(copy.code()).isEqualTo("T-COPY-2025");
        assertThat(copy.family()).isEqualTo("T-COPY");
        assertThat(copy.year()).isEqualTo(2025);
        assertThat(copy.bands()).hasSize(4);
        List<IndexItem> items = as("secretary", () -> sets.items("T-COPY-2025"));
        assertThat(items).extracting(IndexItem::code).containsExactly("1", "1.1");
        assertThat(items.get(1).parentCode()).isEqualTo("1");
        assertThat(items.get(1).rule()).isEqualTo("on_time:T(80)");
        as("secretary", () -> sets.delete("T-COPY-2025"));
        assertThat(as("secretary", () -> sets.set("T-COPY-2025"))).isEmpty();
        assertThat(as("secretary", () -> sets.items("T-COPY"))).hasSize(2);
    }
}
