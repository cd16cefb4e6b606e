package org.parsteering.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.DataVersion;
import org.parsteering.base.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's holidays and swapped working weekend days (SPEC 4a): everyone signed in reads them; the secretary
 * records and removes them. A holiday is a weekday (a Saturday or Sunday is off anyway); a working weekend day is a
 * Saturday or a Sunday. Every change is audited.
 */
@Service
@Transactional
public class CalendarService {

    public static final String AUDIT_TYPE = "CALENDAR_DAY";
    public static final int NAME_LENGTH = 200;

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final DataVersion dataVersion;
    private final Clock clock;

    CalendarService(JdbcClient jdbc, AuditService audit, DataVersion dataVersion, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** The holidays and working weekend days of a year, in date order. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<CalendarDay> days(int year) {
        return jdbc.sql("select * from calendar_day where cal_date between :from and :to order by cal_date")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new CalendarDay(
                        rs.getDate("cal_date").toLocalDate(),
                        DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name_vi"),
                        rs.getString("name_en")))
                .list();
    }

    /** The entry of one day, if the table has one. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<CalendarDay> day(LocalDate day) {
        return day == null
                ? Optional.empty()
                : days(day.getYear()).stream().filter(d -> d.day().equals(day)).findFirst();
    }

    /** Records (or changes) a holiday or a working weekend day; returns whether anything changed. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public boolean save(CalendarDay day) {
        check(day);
        Optional<CalendarDay> old = day(day.day());
        String vi = day.nameVi().strip();
        String en = day.nameEn() == null || day.nameEn().isBlank()
                ? null
                : day.nameEn().strip();
        if (old.isPresent()
                && old.get().kind() == day.kind()
                && old.get().nameVi().equals(vi)
                && java.util.Objects.equals(old.get().nameEn(), en)) {
            return false;
        }
        if (old.isPresent()) {
            jdbc.sql("update calendar_day set kind = :kind, name_vi = :vi, name_en = :en where cal_date = :day")
                    .param("kind", day.kind().name())
                    .param("vi", vi)
                    .param("en", en)
                    .param("day", day.day())
                    .update();
        } else {
            jdbc.sql("""
                            insert into calendar_day (cal_date, kind, name_vi, name_en, created_at, created_by)
                            values (:day, :kind, :vi, :en, :now, :by)""")
                    .param("day", day.day())
                    .param("kind", day.kind().name())
                    .param("vi", vi)
                    .param("en", en)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("by", actor())
                    .update();
        }
        audit.changes(AUDIT_TYPE, day.day().toString(), null)
                .field(
                        "dayKind",
                        old.map(o -> o.kind().name()).orElse(null),
                        day.kind().name())
                .field("name", old.map(CalendarDay::nameVi).orElse(null), vi)
                .field("nameEn", old.map(CalendarDay::nameEn).orElse(null), en)
                .save(old.isPresent() ? "UPDATE" : "CREATE");
        dataVersion.changed();
        return true;
    }

    /** Removes a day's entry: it becomes an ordinary day again. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public void remove(LocalDate day) {
        CalendarDay old = day(day).orElseThrow(() -> new BusinessException("calendar.error.notFound", day));
        jdbc.sql("delete from calendar_day where cal_date = :day")
                .param("day", day)
                .update();
        audit.changes(AUDIT_TYPE, day.toString(), null)
                .field("dayKind", old.kind().name(), null)
                .save("DELETE");
        dataVersion.changed();
    }

    static void check(CalendarDay day) {
        if (day == null || day.day() == null || day.kind() == null) {
            throw new BusinessException("calendar.error.required");
        }
        if (day.nameVi() == null || day.nameVi().isBlank()) {
            throw new BusinessException("calendar.error.nameRequired");
        }
        if (day.nameVi().strip().length() > NAME_LENGTH
                || (day.nameEn() != null && day.nameEn().strip().length() > NAME_LENGTH)) {
            throw new BusinessException("calendar.error.nameTooLong", NAME_LENGTH);
        }
        boolean weekend =
                day.day().getDayOfWeek() == DayOfWeek.SATURDAY || day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (day.kind() == DayKind.HOLIDAY && weekend) {
            throw new BusinessException("calendar.error.holidayOnWeekend", day.day());
        }
        if (day.kind() == DayKind.WORKING_WEEKEND && !weekend) {
            throw new BusinessException("calendar.error.workingWeekday", day.day());
        }
    }

    private static String actor() {
        return AuditService.currentActor();
    }
}
