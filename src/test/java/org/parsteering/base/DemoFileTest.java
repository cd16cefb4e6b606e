package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo files' reader: dates relative to today, comments, and errors that name the file, line and column. */
class DemoFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static DemoFile parse(String text, String... columns) throws IOException {
        return DemoFile.parse("demo/test.csv", new StringReader(text), TODAY, columns);
    }

    @Test
    void dates_are_absolute_or_relative_to_today_and_comments_are_skipped() throws IOException {
        DemoFile file = parse("""
                # a comment explaining the numbers
                a,b
                today-10d,2024-05-03+21d
                # another one

                today,today+3d
                """, "a", "b");

        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).date("a")).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(file.rows().get(0).date("b")).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(file.rows().get(1).date("a")).isEqualTo(TODAY);
        assertThat(file.rows().get(1).date("b")).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void a_bad_cell_names_the_file_the_line_and_the_column() throws IOException {
        DemoFile file = parse("""
                # comment
                day,n,kind,flag
                2024-01-01,1,MONDAY,Y
                yesterday,x,FUNDAY,maybe
                """, "day", "n", "kind", "flag");
        DemoFile.Row bad = file.rows().get(1);

        assertThat(file.rows().get(0).choice("kind", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(file.rows().get(0).yes("flag")).isTrue();
        assertThatThrownBy(() -> bad.date("day"))
                .isInstanceOf(DemoDataException.class)
                .hasMessageStartingWith("demo/test.csv, line 4, column day: 'yesterday' is not a date");
        assertThatThrownBy(() -> bad.number("n"))
                .hasMessage("demo/test.csv, line 4, column n: 'x' is not a whole number");
        assertThatThrownBy(() -> bad.choice("kind", DayOfWeek.class))
                .hasMessageStartingWith("demo/test.csv, line 4, column kind: 'FUNDAY' is not one of [MONDAY");
        assertThatThrownBy(() -> bad.yes("flag"))
                .hasMessage("demo/test.csv, line 4, column flag: 'maybe' is not Y or N");
    }

    @Test
    void a_date_outside_the_calendar_and_an_empty_required_cell_are_refused() throws IOException {
        DemoFile.Row row = parse("a,b\n2024-02-30,\n", "a", "b").rows().get(0);

        assertThatThrownBy(() -> row.date("a"))
                .hasMessage("demo/test.csv, line 2, column a: '2024-02-30' is not a date of the calendar");
        assertThatThrownBy(() -> row.text("b")).hasMessage("demo/test.csv, line 2, column b: must not be empty");
        assertThat(row.optional("b")).isNull();
        assertThat(row.list("b")).isEmpty();
    }

    @Test
    void a_wrong_header_or_a_short_row_stops_the_file() {
        assertThatThrownBy(() -> parse("a,c\n1,2\n", "a", "b"))
                .isInstanceOf(DemoDataException.class)
                .hasMessage("demo/test.csv, line 1: the header must be a,b (missing: [b], unknown or doubled: [c])");
        assertThatThrownBy(() -> parse("a,b\n1,2\n3\n", "a", "b"))
                .hasMessage("demo/test.csv, line 3: 1 cells, the header has 2");
        assertThatThrownBy(() -> parse("", "a")).hasMessage("demo/test.csv: empty, expected the header a");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> DemoFile.read("nothing-here.csv", TODAY, "a"))
                .isInstanceOf(DemoDataException.class)
                .hasMessage("demo/nothing-here.csv: missing from the classpath");
    }
}
