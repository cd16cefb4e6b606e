package org.parsteering.dossier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parsteering.base.DemoFile;

/** The working days of the demo's one-stop desks: Monday–Friday, less the holidays, plus the worked Saturdays. */
final class DemoCalendar {

    enum Kind {
        HOLIDAY,
        WORKED_SATURDAY
    }

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workedWeekendDays = new HashSet<>();

    /** The calendar of {@code demo/holidays.csv}. */
    static DemoCalendar read(LocalDate today) {
        DemoCalendar calendar = new DemoCalendar();
        for (DemoFile.Row row :
                DemoFile.read("holidays.csv", today, "date,kind,name").rows()) {
            LocalDate day = row.date("date");
            if (row.choice("kind", Kind.class) == Kind.HOLIDAY) {
                calendar.holidays.add(day);
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                calendar.workedWeekendDays.add(day);
            } else {
                throw row.error("date", day + " is not a Saturday or a Sunday");
            }
        }
        return calendar;
    }

    boolean isWorkingDay(LocalDate d) {
        if (workedWeekendDays.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** The {@code n}-th working day after {@code d} ({@code d} itself for 0). */
    LocalDate plus(LocalDate d, int n) {
        LocalDate result = d;
        for (int i = 0; i < n; i++) {
            result = result.plusDays(1);
            while (!isWorkingDay(result)) {
                result = result.plusDays(1);
            }
        }
        return result;
    }

    LocalDate onOrAfter(LocalDate d) {
        LocalDate result = d;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    LocalDate onOrBefore(LocalDate d) {
        LocalDate result = d;
        while (!isWorkingDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }

    List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
