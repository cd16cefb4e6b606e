package org.parsteering.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.Channel;
import org.parsteering.dossier.LateDossier;

class LateDossiersExportTest {

    private static final List<LateDossier> ROWS = List.of(
            new LateDossier(
                    "H01.1",
                    "TTHC-X-001",
                    "Đăng ký khai sinh, kết hôn",
                    Channel.ONLINE,
                    LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 10),
                    null,
                    21),
            new LateDossier(
                    "H01.2",
                    "TTHC-X-002",
                    "Chứng thực bản sao",
                    Channel.IN_PERSON,
                    LocalDate.of(2024, 3, 2),
                    LocalDate.of(2024, 3, 4),
                    LocalDate.of(2024, 3, 6),
                    2));

    @Test
    void the_csv_has_a_bom_a_header_and_one_quoted_row_per_dossier() {
        byte[] csv = LateDossiersExport.csv(ROWS.subList(0, 1));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .containsExactly(
                        "dossier_code,procedure_code,procedure_name,channel,received_on,due_on,completed_on,days_late",
                        "H01.1,TTHC-X-001,\"Đăng ký khai sinh, kết hôn\",ONLINE,2024-03-01,2024-03-10,,21");
    }

    private static LateDossier named(String code, String procedureName) {
        return new LateDossier(
                code,
                "=TTHC",
                procedureName,
                Channel.ONLINE,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 10),
                null,
                21);
    }

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1+1", "-2+3");

    @Test
    void procedure_names_that_look_like_formulas_reach_the_csv_as_text_and_day_counts_stay_numbers() throws Exception {
        List<LateDossier> rows = FORMULAS.stream()
                .map(name -> named("H01." + name.length(), name))
                .toList();
        byte[] csv = LateDossiersExport.csv(rows);
        try (var parser = org.apache.commons.csv.CSVParser.parse(
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.RFC4180)) {
            var records = parser.getRecords();
            for (int i = 0; i < FORMULAS.size(); i++) {
                var record = records.get(i + 1);
                assertThat(record.get(2)).isEqualTo("'" + FORMULAS.get(i));
                assertThat(record.get(1)).isEqualTo("'=TTHC");
                assertThat(record.get(7)).isEqualTo("21");
            }
        }
    }

    @Test
    void procedure_names_that_look_like_formulas_are_string_cells_in_the_xlsx() throws Exception {
        List<LateDossier> rows = FORMULAS.stream()
                .map(name -> named("H01." + name.length(), name))
                .toList();
        byte[] xlsx = LateDossiersExport.xlsx("Late", LateDossiersExport.COLUMNS, rows, Channel::name);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < FORMULAS.size(); i++) {
                var cell = sheet.getRow(i + 1).getCell(2);
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(i));
            }
        }
    }

    @Test
    void the_xlsx_has_translated_headers_real_dates_and_numbers() throws Exception {
        List<String> headers =
                List.of("Mã hồ sơ", "Mã thủ tục", "Thủ tục", "Hình thức", "Tiếp nhận", "Hạn", "Xong", "Trễ");
        byte[] xlsx = LateDossiersExport.xlsx(
                "Hồ sơ trễ hạn: quý 1/2024 [XA-BAISON]",
                headers,
                ROWS,
                ch -> ch == Channel.ONLINE ? "Trực tuyến" : "Trực tiếp");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "[", "]");
            Row head = sheet.getRow(0);
            for (int i = 0; i < headers.size(); i++) {
                assertThat(head.getCell(i).getStringCellValue()).isEqualTo(headers.get(i));
            }
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Đăng ký khai sinh, kết hôn");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Trực tuyến");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(21.0);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 6));
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
