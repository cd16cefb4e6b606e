package org.parsteering.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Long chart labels break into lines between words and are never cut. */
class ChartLinesTest {

    @Test
    void a_long_name_breaks_between_words_into_lines_that_keep_every_word() {
        String name = "Công tác chỉ đạo, điều hành cải cách hành chính";
        var lines = Chart.lines(name, 22);
        assertThat(lines).containsExactly("Công tác chỉ đạo, điều", "hành cải cách hành", "chính");
        assertThat(String.join(" ", lines)).isEqualTo(name);
        assertThat(lines).allMatch(l -> l.length() <= 22);
    }

    @Test
    void a_short_name_is_one_line_and_a_word_longer_than_the_width_is_a_line_of_its_own() {
        assertThat(Chart.lines("  Xã Bài Sơn ", 22)).containsExactly("Xã Bài Sơn");
        assertThat(Chart.lines("Xã Supercalifragilistic Sơn", 10)).containsExactly("Xã", "Supercalifragilistic", "Sơn");
    }
}
