package org.parsteering.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** SPEC 5 "Units": all or nothing, every bad row with its line, idempotent, XLSX like CSV. */
@Transactional
@WithUserDetails("secretary")
class UnitImportServiceTest extends IntegrationTest {

    @Autowired
    UnitImportService importService;

    @Autowired
    UnitService units;

    private ImportResult importCsv(String csv) {
        return importService.importFile(csv.getBytes(StandardCharsets.UTF_8), "units.csv");
    }

    private long countUnits() {
        return units.search("", null, true, PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void a_file_with_one_bad_row_writes_nothing_and_names_the_line() {
        long before = countUnits();
        String csv = """
                unit_code,name,type,parent_code,active_from,active_to
                XA-TESTA,Xã Thử A,COMMUNE,DISTRICT,2024-01-01,
                XA-TESTB,Xã Thử B,VILLAGE,DISTRICT,,
                XA-TESTC,Xã Thử C,COMMUNE,DISTRICT,,
                """;
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(tuple(3, "type", "import.error.badEnum")));
        assertThat(countUnits()).isEqualTo(before);
        assertThat(units.findByCode("XA-TESTA")).isEmpty();
    }

    @Test
    void every_bad_row_is_reported_with_its_line_number() {
        String csv = """
                unit_code,name,type,parent_code,active_from,active_to
                XA-OK1,Xã Đúng,COMMUNE,DISTRICT,,
                ,Không mã,COMMUNE,DISTRICT,,
                XA-BAD2,Xã Sai Ngày,COMMUNE,DISTRICT,2024-13-01,
                XA-BAD3,Xã Cha Lạ,COMMUNE,XA-KHONGCO,,
                XA-OK1,Trùng mã,COMMUNE,DISTRICT,,
                XA-BAD5,Xã Ngày Ngược,COMMUNE,DISTRICT,2024-05-01,2024-01-01
                """;
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(3, "unit_code", "import.error.required"),
                                        tuple(4, "active_from", "import.error.badDate"),
                                        tuple(5, "parent_code", "import.error.unknownUnit"),
                                        tuple(6, "unit_code", "import.error.duplicateKey"),
                                        tuple(7, "active_to", "import.error.activeToBeforeFrom")));
        assertThat(units.findByCode("XA-OK1")).isEmpty();
    }

    @Test
    void reimporting_the_same_file_changes_nothing_and_a_changed_value_updates() {
        String csv = """
                unit_code,name,type,parent_code,active_from,active_to
                PB-THU,Phòng Thử,DEPARTMENT,DISTRICT,2024-01-01,
                XA-THU,Xã Thử,COMMUNE,PB-THU,,
                """;
        assertThat(importCsv(csv)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(importCsv(csv)).isEqualTo(new ImportResult(0, 0, 2));
        assertThat(importCsv(csv.replace("Xã Thử,COMMUNE,PB-THU", "Xã Thử Mới,COMMUNE,DISTRICT")))
                .isEqualTo(new ImportResult(0, 1, 1));
        UnitSummary xa = units.findByCode("XA-THU").orElseThrow();
        assertThat(xa.name()).isEqualTo("Xã Thử Mới");
        assertThat(xa.parentCode()).isEqualTo("DISTRICT");
    }

    @Test
    void a_parent_may_come_later_in_the_file_and_codes_are_case_insensitive() {
        String csv = """
                Unit_Code,NAME,Type,parent_code
                xa-con,Xã Con,commune,pb-cha
                pb-cha,Phòng Cha,DEPARTMENT,DISTRICT
                """;
        assertThat(importCsv(csv).created()).isEqualTo(2);
        assertThat(units.findByCode("XA-CON").orElseThrow().parentCode()).isEqualTo("PB-CHA");
    }

    @Test
    void the_seeded_demo_file_reimports_as_unchanged() throws Exception {
        byte[] demo = getClass().getResourceAsStream("/demo/units.csv").readAllBytes();
        ImportResult result = importService.importFile(demo, "units.csv");
        assertThat(result).isEqualTo(new ImportResult(0, 0, 45));
    }

    @Test
    void unknown_and_missing_columns_refuse_the_file() {
        assertThatThrownBy(() -> importCsv("unit_code,name,kind\nXA-A,A,COMMUNE\n"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple(1, "import.error.unknownColumn"),
                                        tuple(1, "import.error.missingColumn")));
    }

    @Test
    void an_empty_file_or_a_file_that_is_not_csv_is_refused_with_a_row_error() {
        assertThatThrownBy(() -> importService.importFile(new byte[0], "empty.csv"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.error.emptyFile"));
        byte[] binary = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};
        assertThatThrownBy(() -> importService.importFile(binary, "photo.jpg"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.error.notTabular"));
        assertThatThrownBy(() -> importCsv("unit_code,name,type\n"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.error.noRows"));
    }

    @Test
    void a_utf8_bom_is_accepted() {
        String csv = "\uFEFFunit_code,name,type,parent_code\nXA-BOM,Xã Có BOM,COMMUNE,DISTRICT\n";
        assertThat(importCsv(csv).created()).isEqualTo(1);
        assertThat(units.findByCode("XA-BOM").orElseThrow().name()).isEqualTo("Xã Có BOM");
    }

    @Test
    void the_same_columns_in_an_xlsx_first_sheet_are_accepted() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đơn vị");
            String[][] rows = {
                {"unit_code", "name", "type", "parent_code", "active_from"},
                {"XA-EXCEL", "Xã Từ Excel", "COMMUNE", "DISTRICT", null}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            // A real date cell, as Excel users type it.
            var dateCell = sheet.getRow(1).createCell(4);
            dateCell.setCellValue(java.time.LocalDate.of(2025, 7, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            dateCell.setCellStyle(style);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(importService.importFile(xlsx, "units.xlsx")).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(units.findByCode("XA-EXCEL").orElseThrow().activeFrom())
                .isEqualTo(java.time.LocalDate.of(2025, 7, 1));
    }

    @Test
    @WithUserDetails("committee")
    void only_the_secretary_imports_units() {
        assertThatThrownBy(() -> importCsv("unit_code,name,type\nXA-NO,No,COMMUNE\n"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("committee")
    void only_the_secretary_passes_the_check_made_before_an_import_file_is_received() {
        assertThatThrownBy(() -> importService.checkMayImport()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("secretary")
    void the_secretary_passes_the_check_made_before_an_import_file_is_received() {
        importService.checkMayImport();
        assertThat(importService.importFile(
                        "unit_code,name,type\nXA-CHECKED,Checked,COMMUNE\n".getBytes(StandardCharsets.UTF_8), "u.csv"))
                .isEqualTo(new ImportResult(1, 0, 0));
    }
}
