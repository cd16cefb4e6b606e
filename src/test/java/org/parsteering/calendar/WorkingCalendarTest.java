package org.parsteering.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days (SPEC 4a, REFERENCE 4) on both sides of weekends, holidays and swapped working days, over the demo's
 * calendar of 2024 (30 April – 1 May with Monday 29 April swapped for Saturday 4 May; Tết 8–14 February), and the
 * calendar's own rules: a holiday is a weekday, a working weekend day a Saturday or Sunday, imports all or nothing.
 */
@Transactional
class WorkingCalendarTest extends IntegrationTest {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarService days;

    @Autowired
    CalendarImportService importer;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void n_working_days_from_a_date_skip_weekends_holidays_and_count_swapped_saturdays() {
        // Friday 26 April: the weekend, then Monday 29 (swapped), 30 April and 1 May are off
        assertThat(calendar.plusWorkingDays(d("2024-04-26"), 1)).isEqualTo(d("2024-05-02"));
        // Thursday 2 May + 2: Friday 3, then Saturday 4 May is worked
        assertThat(calendar.plusWorkingDays(d("2024-05-02"), 2)).isEqualTo(d("2024-05-04"));
        assertThat(calendar.plusWorkingDays(d("2024-05-02"), 3)).isEqualTo(d("2024-05-06"));
        // an ordinary weekend; the day itself is not counted; 0 is the day itself
        assertThat(calendar.plusWorkingDays(d("2024-05-10"), 1)).isEqualTo(d("2024-05-13"));
        assertThat(calendar.plusWorkingDays(d("2024-05-13"), 5)).isEqualTo(d("2024-05-20"));
        assertThat(calendar.plusWorkingDays(d("2024-05-11"), 0)).isEqualTo(d("2024-05-11"));
        // Tết: 8, 9, 12, 13, 14 February off, with the weekend between
        assertThat(calendar.plusWorkingDays(d("2024-02-07"), 1)).isEqualTo(d("2024-02-15"));
        // a long count crosses a year boundary (the table is read in chunks)
        assertThat(calendar.plusWorkingDays(d("2024-12-31"), 260)).isAfter(d("2025-12-01"));
        assertThatThrownBy(() -> calendar.plusWorkingDays(d("2024-05-10"), -1)).isInstanceOf(BusinessException.class);
    }

    @Test
    void a_deadline_on_a_day_off_moves_to_the_next_working_day_and_days_between_count_working_days() {
        assertThat(calendar.onOrAfter(d("2024-04-27"))).isEqualTo(d("2024-05-02")); // Saturday, then three days off
        assertThat(calendar.onOrAfter(d("2024-05-04"))).isEqualTo(d("2024-05-04")); // the worked Saturday
        assertThat(calendar.onOrAfter(d("2024-05-08"))).isEqualTo(d("2024-05-08"));
        assertThat(calendar.isWorkingDay(d("2024-04-30"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2024-05-05"))).isFalse();
        // after 26 April up to 6 May: 2, 3, 4 (worked Saturday) and 6 May
        assertThat(calendar.workingDaysBetween(d("2024-04-26"), d("2024-05-06")))
                .isEqualTo(4);
        assertThat(calendar.workingDaysBetween(d("2024-05-06"), d("2024-05-06")))
                .isZero();
    }

    @Test
    void the_secretary_keeps_the_calendar_and_its_rules_hold() {
        assertThat(as("head.baison", () -> days.days(2026)))
                .extracting(CalendarDay::day)
                .contains(d("2026-01-10"), d("2026-02-16"), d("2026-09-02"));
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> days.save(new CalendarDay(d("2027-01-02"), DayKind.HOLIDAY, "Thứ Bảy", null))))
                .hasMessageContaining("calendar.error.holidayOnWeekend");
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> days.save(new CalendarDay(d("2027-01-04"), DayKind.WORKING_WEEKEND, "Thứ Hai", null))))
                .hasMessageContaining("calendar.error.workingWeekday");
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> days.save(new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY, "Tết Dương lịch", null))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(
                        "secretary",
                        () -> days.save(
                                new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY, "Tết Dương lịch", "New Year’s Day"))))
                .isTrue();
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(as(
                        "secretary",
                        () -> days.save(
                                new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY, "Tết Dương lịch", "New Year’s Day"))))
                .isFalse();
        as("secretary", () -> days.remove(d("2027-01-01")));
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();
    }

    @Test
    void an_import_is_all_or_nothing_and_the_export_imports_back_unchanged() {
        try {
            as("secretary", () -> importer.importFile("""
                    date,kind,name
                    2027-01-01,HOLIDAY,Tết Dương lịch
                    2027-01-02,HOLIDAY,Thứ Bảy
                    2027-01-01,HOLIDAY,Trùng
                    2027-02-30,HOLIDAY,Không có ngày này
                    """.getBytes(StandardCharsets.UTF_8), "c.csv"));
            throw new AssertionError("not rejected");
        } catch (ImportRejectedException e) {
            assertThat(e.getErrors())
                    .extracting(err -> err.line() + ":" + err.messageKey())
                    .containsExactly(
                            "3:calendar.error.holidayOnWeekend",
                            "4:calendar.error.duplicate",
                            "5:import.error.badDate");
        }
        assertThat(as("secretary", () -> days.days(2027))).isEmpty();

        byte[] export = as("inspector", () -> importer.export(2026));
        ImportResult again = as("secretary", () -> importer.importFile(export, "2026.csv"));
        int count = as("secretary", () -> days.days(2026)).size();
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, count);
    }
}
