package org.parsteering.calendar;

import java.time.LocalDate;
import java.util.List;
import org.parsteering.base.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The check every write of dated data makes (SPEC 4a): dossiers, signature entries, task deadlines and units, unit
 * changes, assessment rounds. (Progress reports and acceptances are dated the day they are made, which no lock
 * covers: only ended periods are locked.) No access rule of its own: the services that call it check their callers, as they do for
 * {@link WorkingCalendar}. The locks are read in the caller's transaction: a lock applies to the changes that begin
 * after it is committed (one already under way when the secretary locks finishes as it began).
 */
@Component
public class PeriodLocks {

    private final JdbcClient jdbc;

    PeriodLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The locks in force now, the oldest period first. */
    public LockedPeriods current() {
        return new LockedPeriods(read());
    }

    /** Refuses the change when a lock covers {@code day}. */
    public void checkOpen(LocalDate day) {
        if (day != null) {
            current().checkOpen(day);
        }
    }

    /** Refuses the change when a lock covers any day of [from, to] ({@code to == null}: from then on). */
    public void checkOpen(LocalDate from, LocalDate to) {
        if (from != null) {
            current().checkOpen(from, to);
        }
    }

    public void checkOpen(Period period) {
        checkOpen(period.from(), period.to());
    }

    List<PeriodLock> read() {
        return jdbc.sql("select * from period_lock order by period_from")
                .query((rs, i) -> new PeriodLock(
                        rs.getLong("id"),
                        new Period(
                                rs.getDate("period_from").toLocalDate(),
                                rs.getDate("period_to").toLocalDate()),
                        rs.getTimestamp("locked_at").toInstant(),
                        rs.getString("locked_by")))
                .list();
    }
}
