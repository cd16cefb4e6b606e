package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Formats;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results as files: the workbook ranks the units as the results do and sums the tree by Excel formulas
 * that evaluate to the sheets' totals, leaves not measured stay empty (never 0), and both files speak the reader's
 * language; only those who read every unit may produce them.
 */
@Transactional
class IndexReportServiceTest extends IntegrationTest {

    static final Locale VI = Formats.VIETNAMESE;

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexResultService results;

    @Autowired
    IndexReportService reports;

    private RoundSummary round(int year) {
        return as("committee", () -> rounds.round("PARINDEX-" + year, year).orElseThrow());
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The row whose first cell is {@code value}, from the third row on. */
    private static Row row(Sheet sheet, int column, String value) {
        for (int r = IndexReportXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null
                    && row.getCell(column) != null
                    && row.getCell(column).getCellType() == CellType.STRING
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + value + " in " + sheet.getSheetName());
    }

    private static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(IndexReportXlsx.HEADER_ROW).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void the_ranking_sheet_holds_the_results_per_unit_type() throws Exception {
        RoundSummary round = round(2023);
        RoundResults expected = as("committee", () -> results.results(round.id()));
        UnitResult first = expected.byType().get(UnitType.COMMUNE).getFirst();
        byte[] bytes = as("committee", () -> reports.xlsx(round.id(), Locale.ENGLISH));
        try (XSSFWorkbook wb = workbook(bytes)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Ranking");
            assertThat(wb.getSheetName(1)).isEqualTo("Scores by item");
            Sheet ranking = wb.getSheet("Ranking");
            assertThat(ranking.getRow(0).getCell(0).getStringCellValue())
                    .contains(expected.set().name(Locale.ENGLISH))
                    .contains("2023")
                    .contains("Published on")
                    .doesNotContain("provisional");
            assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ranking.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (IndexReportXlsx.HEADER_ROW + 1));

            Row commune = row(ranking, 0, "Commune");
            assertThat(commune.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(commune.getCell(1).getNumericCellValue()).isEqualTo(first.rank());
            assertThat(commune.getCell(2).getStringCellValue()).isEqualTo(first.unitCode());
            assertThat(commune.getCell(3).getStringCellValue()).isEqualTo(first.unitName());
            assertThat(BigDecimal.valueOf(commune.getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(first.total());
            // the percent cell is a fraction shown as a percentage
            assertThat(BigDecimal.valueOf(commune.getCell(5).getNumericCellValue())
                            .movePointRight(2))
                    .isEqualByComparingTo(first.percent());
            assertThat(commune.getCell(6).getStringCellValue())
                    .isEqualTo(first.band().name(Locale.ENGLISH));
            // 2023 is the family's first round: no change to show
            assertThat(expected.previous()).isNull();
            assertThat(commune.getCell(7)).isNull();
            assertThat(commune.getCell(8)).isNull();

            int rows = 0;
            for (int r = IndexReportXlsx.HEADER_ROW + 1; r <= ranking.getLastRowNum(); r++) {
                Row row = ranking.getRow(r);
                if (row != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(expected.units().size());
        }
    }

    @Test
    void the_scores_sheet_sums_the_tree_by_formulas_and_leaves_what_is_not_measured_empty() throws Exception {
        RoundSummary round = round(2023);
        List<UnitSheet> sheets = as("committee", () -> rounds.sheets(round.id()));
        byte[] bytes = as("secretary", () -> reports.xlsx(round.id(), Locale.ENGLISH));
        try (XSSFWorkbook wb = workbook(bytes)) {
            XSSFFormulaEvaluator evaluator = new XSSFFormulaEvaluator(wb);
            Sheet scores = wb.getSheet("Scores by item");
            assertThat(scores.getPaneInformation().isFreezePane()).isTrue();
            assertThat(scores.getPaneInformation().getVerticalSplitPosition())
                    .isEqualTo((short) IndexReportXlsx.FIRST_UNIT);
            List<String> headers = headers(scores);
            assertThat(headers.subList(0, IndexReportXlsx.FIRST_UNIT))
                    .containsExactly("Code", "Item", "Scoring method", "Maximum");
            assertThat(headers).hasSize(IndexReportXlsx.FIRST_UNIT + sheets.size());

            List<IndexItem> items = sheets.getFirst().items();
            List<IndexItem> areas =
                    items.stream().filter(i -> i.parentId() == null).toList();
            IndexItem notMeasured = null;
            for (UnitSheet sheet : sheets) {
                int column = headers.indexOf(sheet.unitName());
                assertThat(column).as(sheet.unitCode()).isGreaterThanOrEqualTo(IndexReportXlsx.FIRST_UNIT);
                for (IndexItem area : areas) {
                    Cell cell = row(scores, 0, area.code()).getCell(column);
                    assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(cell.getCellFormula()).contains("SUM(");
                    BigDecimal total = sheet.totals().get(area.id());
                    if (total != null) {
                        assertThat(evaluator.evaluate(cell).getNumberValue())
                                .as(sheet.unitCode() + " " + area.code())
                                .isCloseTo(total.doubleValue(), within(1e-9));
                    }
                }
                Cell total = row(scores, 1, "Total").getCell(column);
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(evaluator.evaluate(total).getNumberValue())
                        .isCloseTo(sheet.total().doubleValue(), within(1e-9));
                for (ScoreLine line : sheet.lines()) {
                    Cell cell = row(scores, 0, line.item().code()).getCell(column);
                    if (line.points() == null) {
                        assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                                .as(sheet.unitCode() + " " + line.item().code() + " is empty, not 0")
                                .isTrue();
                        if (line.item().method() == ScoringMethod.FORMULA) {
                            notMeasured = line.item();
                        }
                    } else {
                        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                                .isEqualByComparingTo(line.points());
                    }
                }
            }
            // the demo's FORMULA items of 2023 have no dossiers: not measured, hence empty cells
            assertThat(notMeasured).isNotNull();
            Row formulaRow = row(scores, 0, notMeasured.code());
            assertThat(formulaRow.getCell(2).getStringCellValue()).isEqualTo("From the figures");
            assertThat(formulaRow.getCell(IndexReportXlsx.FIRST_UNIT)).isNull();
        }
    }

    @Test
    void the_workbook_speaks_the_readers_language_and_an_open_round_is_provisional() throws Exception {
        RoundSummary round = round(2023);
        byte[] english = as("inspector", () -> reports.xlsx(round.id(), Locale.ENGLISH));
        byte[] vietnamese = as("inspector", () -> reports.xlsx(round.id(), VI));
        try (XSSFWorkbook en = workbook(english);
                XSSFWorkbook vi = workbook(vietnamese)) {
            assertThat(vi.getSheetName(0)).isEqualTo("Xếp hạng");
            assertThat(vi.getSheetName(1)).isEqualTo("Điểm theo tiêu chí");
            List<String> enHeaders = headers(en.getSheetAt(0));
            List<String> viHeaders = headers(vi.getSheetAt(0));
            assertThat(viHeaders).contains("Thứ hạng", "Đơn vị", "Xếp loại");
            for (int i = 0; i < enHeaders.size(); i++) {
                assertThat(viHeaders.get(i)).isNotEqualTo(enHeaders.get(i));
            }
            assertThat(headers(vi.getSheetAt(1))).startsWith("Mã", "Tiêu chí", "Phương pháp chấm điểm", "Điểm tối đa");
            Sheet viScores = vi.getSheetAt(1);
            IndexItem area = as("committee", () -> rounds.sheets(round.id()))
                    .getFirst()
                    .items()
                    .getFirst();
            assertThat(row(viScores, 0, area.code()).getCell(1).getStringCellValue())
                    .isEqualTo(area.titleVi());
            assertThat(row(en.getSheetAt(1), 0, area.code()).getCell(1).getStringCellValue())
                    .isEqualTo(area.titleEn());
            assertThat(vi.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("năm 2023")
                    .contains("Công bố ngày "
                            + Formats.date(
                                    round.publishedAt().atZone(Formats.ZONE).toLocalDate(), VI));
        }

        RoundSummary open = round(2024);
        byte[] provisional = as("committee", () -> reports.xlsx(open.id(), Locale.ENGLISH));
        try (XSSFWorkbook wb = workbook(provisional)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("2024")
                    .contains("Self-assessment")
                    .contains("provisional");
            // this year is compared with last year's published round
            Row commune = row(wb.getSheetAt(0), 0, "Commune");
            assertThat(commune.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void the_brief_ranks_the_units_and_lists_their_weakest_items_in_the_readers_language() throws Exception {
        RoundSummary round = round(2023);
        RoundResults expected = as("committee", () -> results.results(round.id()));
        UnitResult first = expected.byType().get(UnitType.COMMUNE).getFirst();
        List<LostPoints> lost = as("committee", () -> results.weakest(round.id(), first.unitCode(), 3));
        String vi = pdfText(as("committee", () -> reports.pdf(round.id(), VI)));
        assertThat(vi)
                .contains(expected.set().nameVi())
                .contains(first.unitName())
                .contains("Xếp hạng – Xã")
                .contains("Công bố ngày "
                        + Formats.date(round.publishedAt().atZone(Formats.ZONE).toLocalDate(), VI))
                .contains(first.band().nameVi())
                .containsAnyOf("Tốt", "Khá", "Trung bình", "Yếu");
        assertThat(lost).isNotEmpty();
        for (LostPoints l : lost) {
            assertThat(vi).contains(l.item().code() + " " + l.item().titleVi().split(" ")[0]);
        }

        String en = pdfText(as("inspector", () -> reports.pdf(round.id(), Locale.ENGLISH)));
        assertThat(en)
                .contains("Ranking – Commune")
                .contains("Where each unit lost the most points")
                .contains(first.band().nameEn())
                .containsAnyOf("Good", "Fair", "Average", "Weak")
                .doesNotContain("Xếp hạng");
    }

    @Test
    void the_brief_of_an_open_round_is_provisional_and_shows_the_tasks_tied_to_the_items() throws Exception {
        RoundSummary open = round(2024);
        RoundResults expected = as("committee", () -> results.results(open.id()));
        Map<String, List<LostPoints>> lost = expected.units().stream()
                .collect(Collectors.toMap(
                        UnitResult::unitCode, u -> as("committee", () -> results.weakest(open.id(), u.unitCode(), 3))));
        String en = pdfText(as("secretary", () -> reports.pdf(open.id(), Locale.ENGLISH)));
        assertThat(en).contains("provisional").contains("Changes against the published round of 2023");
        lost.values().stream()
                .flatMap(List::stream)
                .flatMap(l -> l.tasks().stream())
                .findFirst()
                .ifPresent(t -> assertThat(en).contains(t.code()));
    }

    @Test
    void a_unit_head_may_not_produce_the_files() {
        RoundSummary round = round(2023);
        assertThatThrownBy(() -> as("head.baison", () -> reports.xlsx(round.id(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("head.baison", () -> reports.pdf(round.id(), VI)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
