package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote() {
        for (String formula : List.of("=1+1", "+1+1", "-2+3", "@SUM(A1)", "\tX", "\rX")) {
            assertThat(CsvFile.safe(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvFile.safe("Đăng ký khai sinh")).isEqualTo("Đăng ký khai sinh");
        assertThat(CsvFile.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvFile.safe("")).isEmpty();
    }

    @Test
    void numbers_stay_numbers_dates_are_iso_and_null_is_an_empty_cell() {
        byte[] csv = CsvFile.write(
                List.of("n", "d", "t", "e"), List.<List<?>>of(Arrays.asList(-5, LocalDate.of(2024, 3, 1), "-5", null)));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)
                        .lines()
                        .toList())
                .containsExactly("n,d,t,e", "-5,2024-03-01,'-5,");
    }
}
