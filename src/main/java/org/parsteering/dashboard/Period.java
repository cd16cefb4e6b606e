package org.parsteering.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A reporting period [from, to]; the previous one is the quarter before a quarter, else as long and just before. */
public record Period(LocalDate from, LocalDate to) {

    public static Period quarterOf(LocalDate day) {
        LocalDate start = day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    public boolean isQuarter() {
        return from.getDayOfMonth() == 1
                && (from.getMonthValue() - 1) % 3 == 0
                && to.equals(from.plusMonths(3).minusDays(1));
    }

    public Period previous() {
        if (isQuarter()) {
            return new Period(from.minusMonths(3), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** "2024-Q2" for a quarter, else "2024-04-01_2024-05-15". */
    public String key() {
        return isQuarter() ? from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1) : from + "_" + to;
    }
}
