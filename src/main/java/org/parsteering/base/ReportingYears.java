package org.parsteering.base;

import java.time.LocalDate;

/**
 * The years a reporting period may cover, 2000 to 2100: wide enough for any plan and any dossier, narrow
 * enough that an address such as {@code ?from=0001-01-01&to=9999-12-31} is refused with a message instead of
 * reaching a date picker or a query.
 */
public final class ReportingYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST, 12, 31);

    private ReportingYears() {}

    public static boolean contains(LocalDate day) {
        return day != null && !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** Refuses, with the translated {@code figures.error.periodYears}, a period that starts or ends outside. */
    public static void check(LocalDate from, LocalDate to) {
        if (!contains(from) || !contains(to)) {
            throw new BusinessException("figures.error.periodYears", String.valueOf(FIRST), String.valueOf(LAST));
        }
    }
}
