package org.parsteering.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parsteering.base.Messages;

/** The reader's limits, without a server: row cap, plain messages for broken files, values cut short. */
class TabularReaderLimitsTest {

    private static final TabularFormat FORMAT = new TabularFormat(
            "things",
            ImportColumn.required("code", "import.rule.units.unit_code", "C1", "C2"),
            ImportColumn.optional("name", "import.rule.units.name", "One", "Two"));

    @TempDir
    Path dir;

    private static List<RowError> errorsOf(Runnable read) {
        try {
            read.run();
        } catch (ImportRejectedException e) {
            return e.getErrors();
        }
        throw new AssertionError("the file was not refused");
    }

    private Path xlsx(int rows) throws Exception {
        Path file = dir.resolve("many.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("things");
            sheet.createRow(0).createCell(0).setCellValue("code");
            for (int r = 1; r <= rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue("C" + r);
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void an_xlsx_with_more_data_rows_than_the_cap_is_refused_with_the_row_cap_error() throws Exception {
        Path file = xlsx(1_500);

        List<RowError> errors = errorsOf(() -> TabularReader.read(file, "many.xlsx", FORMAT, 1_000));

        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().messageKey()).isEqualTo("import.error.tooManyRows");
        assertThat(errors.getFirst().line()).isEqualTo(1_002);
        assertThat(Messages.english(
                        errors.getFirst().messageKey(), errors.getFirst().args().toArray()))
                .contains("more than 1000 data rows");
    }

    @Test
    void an_xlsx_within_the_cap_is_read_as_a_stream_with_poi_default_zip_bomb_ratio() throws Exception {
        Path file = xlsx(1_000);

        TabularFile read = TabularReader.read(file, "many.xlsx", FORMAT, 1_000);

        assertThat(read.rows()).hasSize(1_000);
        assertThat(read.rows().getLast().get("code")).isEqualTo("C1000");
        assertThat(read.rows().getLast().line()).isEqualTo(1_001);
        // POI's default: a smaller ratio would let a zip bomb through.
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    }

    @Test
    void a_csv_with_more_data_rows_than_the_cap_is_refused_with_the_row_cap_error() throws Exception {
        Path file = dir.resolve("many.csv");
        StringBuilder csv = new StringBuilder("code\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("C").append(i).append('\n');
        }
        Files.writeString(file, csv);

        assertThat(errorsOf(() -> TabularReader.read(file, "many.csv", FORMAT, 10)))
                .extracting(RowError::messageKey)
                .containsExactly("import.error.tooManyRows");
    }

    @Test
    void a_csv_with_a_bad_quote_gets_a_translated_message_without_parser_class_names() {
        byte[] csv = "code,name\nC1,ok\nC2,\"broken\"quote\n".getBytes(StandardCharsets.UTF_8);

        List<RowError> errors = errorsOf(() -> TabularReader.read(csv, "bad.csv", FORMAT));

        assertThat(errors).hasSize(1);
        RowError error = errors.getFirst();
        String english = Messages.english(error.messageKey(), error.args().toArray());
        String vietnamese = Messages.get(
                java.util.Locale.forLanguageTag("vi"),
                error.messageKey(),
                error.args().toArray());
        assertThat(english)
                .contains("Line 3")
                .contains("quote")
                .doesNotContain("org.apache")
                .doesNotContain("CSVException");
        assertThat(vietnamese).contains("Dòng 3").doesNotContain("org.apache");
    }

    @Test
    void a_value_of_200_kb_echoed_in_an_error_is_cut_to_100_characters() {
        String huge = "x".repeat(200 * 1024);
        byte[] csv = ("code," + huge + "\nC1,a\n").getBytes(StandardCharsets.UTF_8);

        List<RowError> errors = errorsOf(() -> TabularReader.read(csv, "huge.csv", FORMAT));

        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().column()).hasSize(101).endsWith("…");
        String message = Messages.english(
                errors.getFirst().messageKey(), errors.getFirst().args().toArray());
        assertThat(message.length()).isLessThan(400);
        assertThat(RowError.of(2, "name", "import.error.badCode", huge).args().getFirst())
                .hasSize(101);
    }
}
