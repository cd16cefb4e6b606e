package org.parsteering.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic over the calendar (SPEC 4a, REFERENCE 4): Monday to Friday are working days and Saturday
 * and Sunday days off, except the holidays and swapped working weekend days of the calendar table. "N working days
 * from D" does not count D and ends on the Nth working day after it (Civil Code art. 147–148); a deadline on a day
 * off is moved to the next working day. No access rule: it is arithmetic, and the services that use it check their
 * callers. The table is read once per call over the span it needs (a few rows a year).
 */
@Component
public class WorkingCalendar {

    /** The longest span one call may walk, so a wrong input cannot loop for ever (about 30 years). */
    static final int MAX_DAYS = 11_000;

    private final JdbcClient jdbc;

    WorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the day is a working day. */
    public boolean isWorkingDay(LocalDate day) {
        return isWorking(day, exceptions(day, day));
    }

    /** The Nth working day after {@code from} ({@code from} itself not counted); {@code from} for 0. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0 || n > 2_000) {
            throw new BusinessException("calendar.error.workingDays", n);
        }
        return walk(from, n);
    }

    /** The day itself when it is a working day, else the next working day (a deadline that falls on a day off). */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : walk(day, 1);
    }

    /** Walks forward from {@code from} until {@code n} working days have passed, reading the table by chunks. */
    private LocalDate walk(LocalDate from, int n) {
        LocalDate loadedUntil = from.plusDays(n * 2L + 31);
        Map<LocalDate, DayKind> ex = exceptions(from, loadedUntil);
        LocalDate d = from;
        int left = n;
        for (int walked = 0; left > 0; walked++) {
            if (walked > MAX_DAYS) {
                throw new BusinessException("calendar.error.workingDays", n);
            }
            d = d.plusDays(1);
            if (d.isAfter(loadedUntil)) {
                LocalDate next = loadedUntil.plusDays(1);
                loadedUntil = loadedUntil.plusDays(366);
                ex.putAll(exceptions(next, loadedUntil));
            }
            if (isWorking(d, ex)) {
                left--;
            }
        }
        return d;
    }

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new BusinessException("calendar.error.span");
        }
        Map<LocalDate, DayKind> ex = exceptions(from, to);
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorking(d, ex)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isWorking(LocalDate d, Map<LocalDate, DayKind> ex) {
        DayKind kind = ex.get(d);
        if (kind != null) {
            return kind == DayKind.WORKING_WEEKEND;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, DayKind> exceptions(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> out = new HashMap<>();
        jdbc.sql("select cal_date, kind from calendar_day where cal_date between :from and :to")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    out.put(rs.getDate("cal_date").toLocalDate(), DayKind.valueOf(rs.getString("kind")));
                });
        return out;
    }
}
