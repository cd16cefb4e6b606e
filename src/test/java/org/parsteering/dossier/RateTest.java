package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** SPEC 3: one decimal, two over a base of 1,000, numerator and denominator beside, "—" for a zero base. */
class RateTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void one_decimal_for_small_bases_and_two_over_a_thousand() {
        assertThat(new Rate(3161, 3555).percentText(Locale.ENGLISH)).isEqualTo("88.92 %");
        assertThat(new Rate(8, 9).percentText(Locale.ENGLISH)).isEqualTo("88.9 %");
        assertThat(new Rate(3343, 3351).percentText(Locale.ENGLISH)).isEqualTo("99.76 %");
        assertThat(new Rate(1000, 1000).percentText(Locale.ENGLISH)).isEqualTo("100.0 %");
    }

    @Test
    void a_zero_denominator_shows_a_dash_never_0_or_100_percent() {
        Rate none = new Rate(0, 0);
        assertThat(none.percentText(Locale.ENGLISH)).isEqualTo("—");
        assertThat(none.defined()).isFalse();
        assertThat(none.below(95))
                .as("an undefined rate is never below a threshold")
                .isFalse();
    }

    @Test
    void numbers_use_the_separators_of_the_language() {
        assertThat(new Rate(3343, 3351).fractionText(Locale.ENGLISH)).isEqualTo("3,343 / 3,351");
        assertThat(new Rate(3343, 3351).fractionText(VI)).isEqualTo("3.343 / 3.351");
        assertThat(new Rate(3343, 3351).percentText(VI)).isEqualTo("99,76 %");
    }

    @Test
    void below_compares_with_the_threshold() {
        assertThat(new Rate(94, 100).below(95)).isTrue();
        assertThat(new Rate(95, 100).below(95)).isFalse();
    }
}
