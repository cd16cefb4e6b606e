package org.parsteering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.dossier.Count;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.plan.Completion;
import org.parsteering.plan.CompletionReport;
import org.parsteering.plan.CompletionService;
import org.parsteering.plan.OverdueTask;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The quarterly report holds the numbers of the screens: the workbook is opened with POI and its formulas
 * evaluated, the brief's text is extracted with PDFBox, and both are compared with the figure and completion
 * services on the demo data (today is 15 May 2024), seed figures of the article included.
 */
class QuarterReportServiceTest extends IntegrationTest {

    static final Period Q1_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    QuarterReportService reports;

    @Autowired
    FigureService figures;

    @Autowired
    CompletionService completion;

    @Autowired
    org.parsteering.dossier.FigureGroupService groups;

    @Autowired
    org.parsteering.dossier.ProcedureImportService procedureImport;

    @Autowired
    org.parsteering.dossier.DossierImportService dossierImport;

    @Test
    @org.springframework.transaction.annotation.Transactional
    void a_procedure_named_like_a_formula_is_a_string_cell_of_the_late_dossiers_sheet() throws Exception {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        as("committee", () -> {
            procedureImport.importFile(
                    ("procedure_code,name,level,online_level,fee_required\nINJ-P1,\"" + formula.replace("\"", "\"\"")
                                    + "\",COMMUNE,FULL,N\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "p.csv");
            dossierImport.importFile(
                    ("dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
                                    + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n"
                                    + "INJ-D1,XA-BAISON,INJ-P1,ONLINE,2023-10-02,2023-10-05,2023-10-20,FULL,Y,Y,N,N\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "d.csv");
        });
        Period q4 = new Period(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));
        byte[] bytes = as("committee", () -> reports.xlsx(q4, Locale.ENGLISH));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet late = wb.getSheet("Late dossiers");
            Row row = null;
            for (int r = 1; r <= late.getLastRowNum(); r++) {
                if ("INJ-D1".equals(late.getRow(r).getCell(2).getStringCellValue())) {
                    row = late.getRow(r);
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(formula);
        }
    }

    @Test
    void the_workbook_holds_the_figures_of_the_figures_page_with_rates_and_totals_as_formulas() throws Exception {
        byte[] bytes = as("committee", () -> reports.xlsx(Q1_2024, Locale.ENGLISH));
        FigureReport page = as("committee", () -> figures.figures(Q1_2024.from(), Q1_2024.to(), null, null));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Plan completion",
                            "Unit figures",
                            "Late dossiers",
                            "Signature rates",
                            "Reminders not yet resolved")
                    .allMatch(n -> n.length() <= 31);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = wb.getSheet("Unit figures");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(0).getCell(ReportXlsx.FIRST_COUNT).getStringCellValue())
                    .isEqualTo("Received");

            Map<String, Row> byLabel = new HashMap<>();
            Map<String, Row> byCode = new HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1) != null) {
                    byLabel.put(row.getCell(1).getStringCellValue(), row);
                    if (row.getCell(0) != null) {
                        byCode.put(row.getCell(0).getStringCellValue(), row);
                    }
                }
            }
            // every group row of the province's level, evaluated from its SUM formula, is the figures page's group
            // (the demo of 2024 has district units, so the district office has its row; it has no province unit)
            Map<String, String> groupLabels = Map.of(
                    "DISTRICT", "District People’s Committee (before 1 July 2025)",
                    "DEPARTMENT", "Departments, boards and agencies",
                    "COMMUNE_LEVEL", "Communes, wards and special zones",
                    "ALL", "Whole province");
            List<org.parsteering.dossier.FigureGroup> shown = as("committee", () -> groups.groups(page));
            assertThat(shown)
                    .extracting(org.parsteering.dossier.FigureGroup::key)
                    .containsExactly("PROVINCE", "DEPARTMENT", "COMMUNE_LEVEL", "DISTRICT", "ALL");
            for (String key : groupLabels.keySet()) {
                Row row = byLabel.get(groupLabels.get(key));
                assertThat(row).as(key).isNotNull();
                assertThat(counts(row, evaluator)).as(key).isEqualTo(countsOf(page.group(key)));
                assertThat(row.getCell(ReportXlsx.FIRST_COUNT).getCellFormula()).startsWith("SUM(");
            }
            assertThat(byLabel).containsKey("Structure: Current structure");
            // and so is every unit
            assertThat(byCode.keySet())
                    .containsAll(
                            page.units().stream().map(UnitFigures::unitCode).toList());
            for (UnitFigures u : page.units()) {
                assertThat(counts(byCode.get(u.unitCode()), evaluator))
                        .as(u.unitCode())
                        .isEqualTo(countsOf(u.counts()));
            }

            // the seed figures of the article: 3,350 of 3,351 with components digitised, 3,343 fully,
            // 3,294 completed, all with digitised results
            Row all = byLabel.get("Whole province");
            assertThat(count(all, Count.RECEIVED, evaluator)).isEqualTo(3351);
            assertThat(count(all, Count.COMPONENTS_DIGITIZED, evaluator)).isEqualTo(3350);
            assertThat(count(all, Count.COMPONENTS_FULLY_DIGITIZED, evaluator)).isEqualTo(3343);
            assertThat(count(all, Count.COMPLETED, evaluator)).isEqualTo(3294);
            assertThat(count(all, Count.RESULTS_DIGITIZED, evaluator)).isEqualTo(3294);

            // rates are formulas, formatted as percent, equal to the screens' rates
            FigureCounts locality = page.groups().get("ALL");
            for (int i = 0; i < Figure.values().length; i++) {
                Figure f = Figure.values()[i];
                Cell rate = all.getCell(ReportXlsx.rateColumn(f));
                assertThat(rate.getCellType()).as(f.name()).isEqualTo(CellType.FORMULA);
                assertThat(rate.getCellFormula())
                        .as(f.name())
                        .matches("IF\\([A-Z]+\\d+=0,\"\",[A-Z]+\\d+/[A-Z]+\\d+\\)");
                assertThat(rate.getCellStyle().getDataFormatString()).contains("%");
                var value = evaluator.evaluate(rate);
                if (f.of(locality).defined()) {
                    assertThat(value.getNumberValue())
                            .as(f.name())
                            .isCloseTo(f.of(locality).percent() / 100, within(1e-12));
                } else {
                    assertThat(value.getStringValue()).as(f.name()).isEmpty();
                }
            }
            Cell fully = all.getCell(ReportXlsx.rateColumn(Figure.COMPONENTS_FULL));
            assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(fully, evaluator))
                    .isEqualTo("99.76%");
            // the value is stored with the formula too, for viewers that do not calculate
            assertThat(fully.getNumericCellValue()).isCloseTo(3343.0 / 3351, within(1e-12));

            // late dossiers: one row each, with real dates and day counts
            Sheet late = wb.getSheet("Late dossiers");
            assertThat(late.getLastRowNum()).isEqualTo((int) locality.late());
            if (locality.late() > 0) {
                Row first = late.getRow(1);
                assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
                assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                        .isBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 5, 15));
                assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            }

            // plan completion: the overall row is the dashboard's
            Completion overall = as(
                            "committee",
                            () -> completion.completion(Q1_2024.from(), Q1_2024.to(), null, Locale.ENGLISH))
                    .overall();
            Row overallRow = wb.getSheet("Plan completion").getRow(1);
            assertThat(overallRow.getCell(3).getNumericCellValue()).isEqualTo(overall.total());
            assertThat(evaluator.evaluate(overallRow.getCell(6)).getNumberValue())
                    .isEqualTo(overall.done());

            // signatures: the quarter of each unit is the sum of its months, as the figures page counts it
            Sheet signatures = wb.getSheet("Signature rates");
            int quarterColumn = 3 + 3 * 3;
            for (Row row : signatures) {
                String code = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                page.units().stream()
                        .filter(u -> u.unitCode().equals(code))
                        .findFirst()
                        .ifPresent(u -> {
                            assertThat(evaluator
                                            .evaluate(row.getCell(quarterColumn))
                                            .getNumberValue())
                                    .as(code)
                                    .isEqualTo(u.counts().documentsIssued());
                            assertThat(evaluator
                                            .evaluate(row.getCell(quarterColumn + 1))
                                            .getNumberValue())
                                    .as(code)
                                    .isEqualTo(u.counts().documentsSigned());
                        });
            }
        }
    }

    @Test
    void the_brief_prints_the_seed_figures_in_vietnamese_and_the_five_weakest_units_first() throws Exception {
        byte[] bytes = as("inspector", () -> reports.pdf(Q1_2024, VI));
        CompletionReport plan = as("inspector", () -> completion.completion(Q1_2024.from(), Q1_2024.to(), null, VI));
        List<OverdueTask> overdue = as("inspector", () -> completion.mostOverdue(Q1_2024.to(), 5));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page1 = stripper.getText(doc).replaceAll("\\s+", " ");
            String whole = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");

            assertThat(page1)
                    .contains("Báo cáo công tác cải cách hành chính")
                    .contains("Quý 1 năm 2024 (01/01/2024 – 31/03/2024)")
                    .contains("Số hóa thành phần")
                    .contains("3.350 / 3.351")
                    .contains("99,76 %")
                    .contains("3.343 / 3.351")
                    .contains("3.294 / 3.294");

            // the five weakest units, in the order of the completion service (the dashboard's "weakest first")
            assertThat(plan.byUnit()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(page1).contains("Năm đơn vị có tỷ lệ hoàn thành thấp nhất", "Năm nhiệm vụ quá hạn lâu nhất");
            // in the content stream the tables follow the headings, each table's rows in order
            int from = page1.indexOf("TT Đơn vị");
            assertThat(from).isPositive();
            for (Completion unit : plan.byUnit().subList(0, 5)) {
                int at = page1.indexOf(unit.label(), from);
                assertThat(at)
                        .as(unit.label() + " after the previous weakest unit")
                        .isGreaterThan(from);
                from = at + unit.label().length();
            }
            int tasks = page1.indexOf("Nhiệm vụ Tên nhiệm vụ");
            assertThat(tasks).isGreaterThan(from);
            for (OverdueTask t : overdue) {
                assertThat(page1.indexOf(t.taskCode(), tasks)).as(t.taskCode()).isPositive();
            }

            // Vietnamese names come out of the embedded font intact
            assertThat(whole).contains("Xã Bài Sơn").contains("Tỷ lệ ký số của lãnh đạo theo tháng");
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void the_workbook_and_the_brief_say_which_structure_they_hold() throws Exception {
        byte[] xlsx = as(
                "committee",
                () -> reports.xlsx(Q1_2024, VI, ReportProgress.NONE, org.parsteering.unit.Structure.HISTORICAL));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> texts = new ArrayList<>();
            for (Row row : wb.getSheetAt(1)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
                    texts.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(texts).contains("Cơ cấu: " + org.parsteering.base.Messages.get(VI, "structure.HISTORICAL"));
            assertThat(texts).contains("Toàn tỉnh", "Xã, phường, đặc khu", "Sở, ban, ngành");
        }
        byte[] pdf = as(
                "committee",
                () -> reports.pdf(
                        Q1_2024, Locale.ENGLISH, ReportProgress.NONE, org.parsteering.unit.Structure.CURRENT));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Structure: Current structure");
        }
    }

    @Test
    void a_unit_head_may_not_produce_the_report() {
        assertThatThrownBy(() -> as("head.baison", () -> reports.xlsx(Q1_2024, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("head.baison", () -> reports.pdf(Q1_2024, VI)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_period_that_is_not_a_quarter_or_has_not_begun_is_refused() {
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> reports.xlsx(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15)), VI)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("report.error.quarter");
        assertThatThrownBy(() -> as("committee", () -> reports.pdf(Period.quarterOf(LocalDate.of(2024, 7, 1)), VI)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("report.error.future");
    }

    /** Every public method × every role: the readers of all units may, a unit head may not. */
    @Test
    void every_public_method_is_open_to_secretary_committee_and_inspector_only() {
        // a period that is not a quarter: security decides before the method refuses it, and nothing is generated
        Period notAQuarter = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        Map<String, Runnable> calls = Map.of(
                "xlsx/2",
                () -> reports.xlsx(notAQuarter, VI),
                "xlsx/3",
                () -> reports.xlsx(notAQuarter, VI, ReportProgress.NONE),
                "pdf/2",
                () -> reports.pdf(notAQuarter, VI),
                "pdf/3",
                () -> reports.pdf(notAQuarter, VI, ReportProgress.NONE),
                "xlsx/4",
                () -> reports.xlsx(notAQuarter, VI, ReportProgress.NONE, org.parsteering.unit.Structure.HISTORICAL),
                "pdf/4",
                () -> reports.pdf(notAQuarter, VI, ReportProgress.NONE, org.parsteering.unit.Structure.HISTORICAL));
        Set<String> declared = new TreeSet<>();
        Arrays.stream(QuarterReportService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map((Method m) -> m.getName() + "/" + m.getParameterCount())
                .forEach(declared::add);
        assertThat(new TreeSet<>(calls.keySet())).isEqualTo(declared);
        for (var call : calls.entrySet()) {
            for (String user : List.of("secretary", "committee", "inspector")) {
                assertThatThrownBy(() -> as(user, call.getValue()))
                        .as(call.getKey() + " as " + user)
                        .isInstanceOf(BusinessException.class);
            }
            assertThatThrownBy(() -> as("head.baison", call.getValue()))
                    .as(call.getKey() + " as a unit head")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> call.getValue().run())
                    .as(call.getKey() + " signed out")
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        }
    }

    private static java.util.List<Long> counts(Row row, FormulaEvaluator evaluator) {
        return java.util.Arrays.stream(Count.values())
                .map(c -> count(row, c, evaluator))
                .toList();
    }

    private static java.util.List<Long> countsOf(FigureCounts counts) {
        return java.util.Arrays.stream(Count.values()).map(c -> c.of(counts)).toList();
    }

    private static long count(Row row, Count count, FormulaEvaluator evaluator) {
        return (long) evaluator.evaluate(row.getCell(ReportXlsx.column(count))).getNumberValue();
    }
}
