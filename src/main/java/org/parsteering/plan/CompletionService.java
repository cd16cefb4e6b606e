package org.parsteering.plan;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parsteering.base.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task completion of SPEC 3 for the dashboards and the quarterly report, by SQL aggregates over the
 * assignments: DONE assignments / assignments whose deadline is in the period (cancelled ones left out), and
 * of those done on time; the open ones split into overdue and still in time. Overall, by PAR field and by
 * unit; optionally for one unit only.
 */
@Service
@Transactional(readOnly = true)
public class CompletionService {

    private static final String COUNTS = """
            count(*),
            sum(case when a.status = 'DONE' and a.done_late = false then 1 else 0 end),
            sum(case when a.status = 'DONE' and a.done_late = true then 1 else 0 end),
            sum(case when a.status <> 'DONE' and a.deadline < ? then 1 else 0 end),
            sum(case when a.status <> 'DONE' and a.deadline >= ? then 1 else 0 end)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CompletionService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The whole locality (unitCode null) or one unit: overall, per field (in plan order) and per unit (worst first). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public CompletionReport completion(LocalDate from, LocalDate to, String unitCode, Locale locale) {
        Date today = Date.valueOf(LocalDate.now(clock));
        String where = " where a.status <> 'CANCELLED' and a.deadline between ? and ?"
                + (unitCode == null ? "" : " and u.code = ?");
        List<Object> args = new ArrayList<>(List.of(today, today, Date.valueOf(from), Date.valueOf(to)));
        if (unitCode != null) {
            args.add(unitCode);
        }
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        List<Completion> byField = jdbc.query(
                "select f.code, " + (vi ? "f.name_vi" : "f.name_en") + ", " + COUNTS
                        + " from assignment a join unit u on u.id = a.unit_id join task t on t.id = a.task_id"
                        + " join plan_field f on f.id = t.field_id" + where
                        + " group by f.code, f.position, " + (vi ? "f.name_vi" : "f.name_en")
                        + " order by f.position, f.code",
                (rs, i) -> row(rs),
                args.toArray());
        List<Completion> byUnit = new ArrayList<>(jdbc.query(
                "select u.code, u.name, " + COUNTS + " from assignment a join unit u on u.id = a.unit_id" + where
                        + " group by u.code, u.name",
                (rs, i) -> row(rs),
                args.toArray()));
        // worst first: the lowest share done, then the most overdue
        byUnit.sort(Comparator.comparingDouble((Completion c) -> (double) c.done() / c.total())
                .thenComparing(Comparator.comparingLong(Completion::overdue).reversed())
                .thenComparing(Completion::key));
        // Every task has a field (NOT NULL): the locality's total is the sum of the fields' counts.
        Completion overall = new Completion(
                "ALL",
                "ALL",
                byField.stream().mapToLong(Completion::total).sum(),
                byField.stream().mapToLong(Completion::doneOnTime).sum(),
                byField.stream().mapToLong(Completion::doneLate).sum(),
                byField.stream().mapToLong(Completion::overdue).sum(),
                byField.stream().mapToLong(Completion::open).sum());
        return new CompletionReport(from, to, overall, byField, byUnit);
    }

    /** Open assignments due from today to {@code days} ahead (one unit's, or every unit's), soonest first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<DueTask> dueWithin(int days, String unitCode, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today.plusDays(days))));
        if (unitCode != null) {
            args.add(unitCode);
        }
        args.add(limit);
        return jdbc.query(
                """
                select t.code, t.title, u.code, u.name, a.deadline, a.status
                from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id
                where a.status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED') and a.deadline between ? and ?"""
                        + (unitCode == null ? " and a.is_lead = true" : " and u.code = ?")
                        + " order by a.deadline, t.code limit ?",
                (rs, i) -> new DueTask(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        TaskStatus.valueOf(rs.getString(6))),
                args.toArray());
    }

    /**
     * The most overdue tasks today (SPEC 2: past the deadline and not DONE or CANCELLED), most days overdue
     * first, each with its lead unit, whose assignment decides the task's completion. {@code deadlineUpTo}
     * (null = any) leaves out tasks due after a period, so that a past quarter's report lists what was already
     * due in it.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<OverdueTask> mostOverdue(LocalDate deadlineUpTo, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today)));
        if (deadlineUpTo != null) {
            args.add(Date.valueOf(deadlineUpTo));
        }
        args.add(limit);
        return jdbc.query(
                """
                select t.code, t.title, u.code, u.name, a.deadline, a.status, a.progress
                from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id
                where a.is_lead = true and a.status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED') and a.deadline < ?""" + (deadlineUpTo == null ? "" : " and a.deadline <= ?") + " order by a.deadline, t.code limit ?",
                (rs, i) -> {
                    LocalDate deadline = rs.getDate(5).toLocalDate();
                    return new OverdueTask(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            deadline,
                            TaskStatus.valueOf(rs.getString(6)),
                            rs.getInt(7),
                            ChronoUnit.DAYS.between(deadline, today));
                },
                args.toArray());
    }

    private static Completion row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Completion(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7));
    }
}
