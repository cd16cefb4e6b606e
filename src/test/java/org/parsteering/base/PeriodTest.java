package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one period type: its address forms, quarter boundaries, previous periods, labels and year range. */
class PeriodTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    static Period of(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void every_day_lies_in_the_quarter_of_its_three_months() {
        assertThat(Period.quarterOf(LocalDate.of(2024, 1, 1))).isEqualTo(of("2024-01-01", "2024-03-31"));
        assertThat(Period.quarterOf(LocalDate.of(2024, 3, 31))).isEqualTo(of("2024-01-01", "2024-03-31"));
        assertThat(Period.quarterOf(LocalDate.of(2024, 4, 1))).isEqualTo(of("2024-04-01", "2024-06-30"));
        assertThat(Period.quarterOf(LocalDate.of(2024, 9, 30))).isEqualTo(of("2024-07-01", "2024-09-30"));
        assertThat(Period.quarterOf(LocalDate.of(2024, 10, 1))).isEqualTo(of("2024-10-01", "2024-12-31"));
        assertThat(Period.quarterOf(LocalDate.of(2024, 12, 31))).isEqualTo(of("2024-10-01", "2024-12-31"));
        assertThat(Period.quarter(2024, 1).isQuarter()).isTrue();
        assertThat(Period.quarter(2024, 4).quarterNumber()).isEqualTo(4);
        assertThatThrownBy(() -> Period.quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_previous_of_a_quarter_month_or_year_is_the_one_before_and_of_a_range_as_long_just_before() {
        assertThat(Period.quarter(2024, 1).previous()).isEqualTo(Period.quarter(2023, 4));
        assertThat(Period.quarter(2024, 3).previous()).isEqualTo(Period.quarter(2024, 2));
        assertThat(Period.month(YearMonth.of(2024, 3)).previous()).isEqualTo(of("2024-02-01", "2024-02-29"));
        assertThat(Period.month(YearMonth.of(2024, 1)).previous()).isEqualTo(of("2023-12-01", "2023-12-31"));
        assertThat(Period.year(2024).previous()).isEqualTo(Period.year(2023));
        assertThat(of("2024-01-01", "2024-05-03").previous()).isEqualTo(of("2023-08-30", "2023-12-31"));
        assertThat(Period.quartersUpTo(LocalDate.of(2024, 2, 10), 3))
                .containsExactly(Period.quarter(2024, 1), Period.quarter(2023, 4), Period.quarter(2023, 3));
    }

    @Test
    void the_address_form_of_each_kind_of_period_is_read_back_as_the_same_period() {
        for (Period p : List.of(
                Period.quarter(2024, 2),
                Period.month(YearMonth.of(2024, 5)),
                Period.year(2024),
                of("2024-04-01", "2024-05-15"),
                of("2024-04-01", "2024-04-01"))) {
            assertThat(Period.parse(p.key())).as(p.key()).contains(p);
        }
        assertThat(Period.quarter(2024, 2).key()).isEqualTo("2024-Q2");
        assertThat(Period.month(YearMonth.of(2024, 5)).key()).isEqualTo("2024-05");
        assertThat(Period.year(2024).key()).isEqualTo("2024");
        assertThat(of("2024-04-01", "2024-05-15").key()).isEqualTo("2024-04-01_2024-05-15");
        assertThat(Period.parse(" 2024-Q1 ")).contains(Period.quarter(2024, 1));
    }

    @Test
    void text_that_names_no_period_is_read_as_none() {
        for (String bad : new String[] {
            null,
            "",
            "  ",
            "abc",
            "2024-Q0",
            "2024-Q5",
            "2024-q1",
            "2024-Q",
            "-Q1",
            "24-Q1",
            "2024-13",
            "2024-00",
            "2024-1",
            "20245",
            "2024-02-30_2024-03-01",
            "2024-05-01_2024-04-01",
            "2024-04-01_",
            "2024-04-01"
        }) {
            assertThat(Period.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void a_period_outside_the_years_2000_to_2100_is_refused_with_its_message() {
        assertThat(Period.parse("2000-Q1").orElseThrow().requireReportingYears())
                .isEqualTo(Period.quarter(2000, 1));
        assertThat(Period.parse("2100-Q4").orElseThrow().requireReportingYears())
                .isEqualTo(Period.quarter(2100, 4));
        for (String key : List.of("1999-Q4", "2101-Q1", "0001-Q1", "9999-12")) {
            assertThatThrownBy(() -> Period.parse(key).orElseThrow().requireReportingYears())
                    .as(key)
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("figures.error.periodYears"));
        }
        // the first quarter's previous one is outside the years: callers check before comparing with it
        assertThat(ReportingYears.contains(Period.quarter(2000, 1).previous().from()))
                .isFalse();
    }

    @Test
    void two_chosen_dates_are_refused_when_missing_backwards_or_outside_the_years() {
        assertThat(Period.checked(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))
                .isEqualTo(of("2024-01-01", "2024-01-01"));
        assertThatThrownBy(() -> Period.checked(null, LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("figures.error.period"));
        assertThatThrownBy(() -> Period.checked(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("figures.error.fromAfterTo"));
        assertThatThrownBy(() -> Period.checked(LocalDate.of(1999, 12, 31), LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("figures.error.periodYears"));
        assertThatThrownBy(() -> new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_period_knows_its_months_and_days() {
        assertThat(Period.quarter(2024, 4).months())
                .containsExactly(YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
        assertThat(of("2024-01-31", "2024-02-01").months())
                .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        Period q = Period.quarter(2024, 2);
        assertThat(q.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(q.contains(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(q.contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(q.contains(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(q.contains(null)).isFalse();
        assertThat(Period.month(YearMonth.of(2024, 4)).isQuarter()).isFalse();
        assertThat(q.isMonth()).isFalse();
        assertThat(Period.year(2024).isQuarter()).isFalse();
    }

    @Test
    void a_period_is_labelled_in_the_readers_language() {
        assertThat(Period.quarter(2024, 2).label(Locale.ENGLISH)).isEqualTo("Quarter 2 of 2024");
        assertThat(Period.quarter(2024, 2).label(VI)).isEqualTo("Quý 2 năm 2024");
        assertThat(Period.month(YearMonth.of(2024, 4)).label(VI)).isEqualTo("04/2024");
        assertThat(Period.year(2024).label(Locale.ENGLISH)).isEqualTo("2024");
        assertThat(of("2024-04-01", "2024-05-15").label(VI)).isEqualTo("01/04/2024 – 15/05/2024");
        assertThat(of("2024-04-01", "2024-05-15").label(Locale.ENGLISH)).isEqualTo("1 Apr 2024 – 15 May 2024");
    }
}
