package org.parsteering.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parsteering.base.Roles;
import org.parsteering.unit.Structure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task completion of SPEC 3 for the dashboards and the quarterly report, by SQL aggregates over the
 * assignments: DONE assignments / assignments whose deadline is in the period (cancelled ones left out), and
 * of those done on time; the open ones split into overdue and still in time. Overall, by PAR field and by
 * unit; optionally for one unit only. Overdue and due soon are {@link Deadlines}'.
 */
@Service
@Transactional(readOnly = true)
public class CompletionService {

    private static final String COUNTS =
            """
            count(*) as total,
            sum(case when a.status = 'DONE' and a.done_late = false then 1 else 0 end) as done_on_time,
            sum(case when a.status = 'DONE' and a.done_late = true then 1 else 0 end) as done_late,
            sum(case when\s""" + Deadlines.OVERDUE_SQL + """
             then 1 else 0 end) as overdue,
            sum(case when\s""" + Deadlines.OPEN_SQL + " and not " + Deadlines.OVERDUE_SQL + """
             then 1 else 0 end) as still_open
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CompletionService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@link #completion(LocalDate, LocalDate, String, Locale, Structure)} in the current structure. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public CompletionReport completion(LocalDate from, LocalDate to, String unitCode, Locale locale) {
        return completion(from, to, unitCode, locale, Structure.CURRENT);
    }

    /**
     * The whole locality (unitCode null) or one unit: overall, per field (in plan order) and per unit (worst
     * first). In the current structure (SPEC 2a) an assignment of a closed unit — a DONE one, which stayed with the
     * unit that did it — counts for the unit that carries it on today ({@code unit_lineage}, joined in the
     * aggregate), and a closed unit asked for by code is reported as that unit; in the historical one every
     * assignment counts for its own unit.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public CompletionReport completion(
            LocalDate from, LocalDate to, String unitCode, Locale locale, Structure structure) {
        LocalDate today = LocalDate.now(clock);
        boolean current = structure != Structure.HISTORICAL;
        String code = unitCode != null && current ? currentCode(unitCode) : unitCode;
        String units = current
                ? " left join unit_lineage l on l.unit_id = a.unit_id"
                        + " join unit u on u.id = coalesce(l.current_unit_id, a.unit_id)"
                : " join unit u on u.id = a.unit_id";
        String where = " where a.status <> 'CANCELLED' and a.deadline between :from and :to"
                + (code == null ? "" : " and u.code = :unitCode");
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        String name = vi ? "f.name_vi" : "f.name_en";
        List<Completion> byField = jdbc.sql("select f.code as row_key, " + name + " as label, " + COUNTS
                        + " from assignment a" + units + " join task t on t.id = a.task_id"
                        + " join plan_field f on f.id = t.field_id" + where
                        + " group by f.code, f.position, " + name
                        + " order by f.position, f.code")
                .param("today", today)
                .param("from", from)
                .param("to", to)
                .param("unitCode", code)
                .query(CompletionService::completion)
                .list();
        List<Completion> byUnit = new ArrayList<>(jdbc.sql("select u.code as row_key, u.name as label, " + COUNTS
                        + " from assignment a" + units + where + " group by u.code, u.name")
                .param("today", today)
                .param("from", from)
                .param("to", to)
                .param("unitCode", code)
                .query(CompletionService::completion)
                .list());
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

    /**
     * Assignments due soon ({@link Deadlines#DUE_SOON_SQL}) with a window of {@code days} from today, one unit's
     * or every unit's (the lead units'), soonest first.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<DueTask> dueWithin(int days, String unitCode, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select t.code as task_code, t.title, u.code as unit_code, u.name as unit_name, a.deadline, a.status
                        from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id
                        where\s""" + Deadlines.DUE_SOON_SQL
                        + " and " + Deadlines.IN_OPEN_PLAN_SQL
                        + (unitCode == null ? " and a.is_lead = true" : " and u.code = :unitCode")
                        + " order by a.deadline, t.code limit :limit")
                .param("today", today)
                .param("dueSoonEnd", Deadlines.dueSoonEnd(today, days))
                .param("unitCode", unitCode)
                .param("limit", limit)
                .query((rs, i) -> new DueTask(
                        rs.getString("task_code"),
                        rs.getString("title"),
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        rs.getDate("deadline").toLocalDate(),
                        TaskStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /**
     * The most overdue tasks today ({@link Deadlines#OVERDUE_SQL}), most days overdue first, each with its lead
     * unit, whose assignment decides the task's completion. {@code deadlineUpTo} (null = any) leaves out tasks
     * due after a period, so that a past quarter's report lists what was already due in it.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<OverdueTask> mostOverdue(LocalDate deadlineUpTo, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select t.code as task_code, t.title, u.code as unit_code, u.name as unit_name, a.deadline,
                               a.status, a.progress
                        from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id
                        where a.is_lead = true and\s""" + Deadlines.OVERDUE_SQL
                        + (deadlineUpTo == null ? "" : " and a.deadline <= :deadlineUpTo")
                        + " order by a.deadline, t.code limit :limit")
                .param("today", today)
                .param("deadlineUpTo", deadlineUpTo)
                .param("limit", limit)
                .query((rs, i) -> {
                    LocalDate deadline = rs.getDate("deadline").toLocalDate();
                    return new OverdueTask(
                            rs.getString("task_code"),
                            rs.getString("title"),
                            rs.getString("unit_code"),
                            rs.getString("unit_name"),
                            deadline,
                            TaskStatus.valueOf(rs.getString("status")),
                            rs.getInt("progress"),
                            ChronoUnit.DAYS.between(deadline, today));
                })
                .list();
    }

    /** The code of the unit that carries {@code code} on today (itself when it has no successor, or is unknown). */
    /**
     * Task completion of the tasks tied to criteria ({@code task_criterion}, SPEC 2), for each criterion and each
     * unit of today (the current structure): the assignments of those tasks whose deadline is in [from, to],
     * cancelled ones left out, in one aggregate. What a {@code TASKS} item of an index set scores from. The key of
     * each {@link Completion} is the unit code, its label the criterion's id.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<Completion> completionByCriterion(LocalDate from, LocalDate to, java.util.Collection<Long> itemIds) {
        if (itemIds == null || itemIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select u.code as row_key, cast(tc.item_id as char(20)) as label, " + COUNTS
                        + " from task_criterion tc join assignment a on a.task_id = tc.task_id"
                        + " left join unit_lineage l on l.unit_id = a.unit_id"
                        + " join unit u on u.id = coalesce(l.current_unit_id, a.unit_id)"
                        + " where tc.item_id in (:items) and a.status <> 'CANCELLED'"
                        + " and a.deadline between :from and :to"
                        + " group by u.code, tc.item_id order by u.code, tc.item_id")
                .param("today", today)
                .param("from", from)
                .param("to", to)
                .param("items", List.copyOf(itemIds))
                .query(CompletionService::completion)
                .list();
    }

    private String currentCode(String code) {
        return jdbc.sql("""
                        select c.code from unit p left join unit_lineage l on l.unit_id = p.id
                        join unit c on c.id = coalesce(l.current_unit_id, p.id)
                        where p.code = :code""").param("code", code).query(String.class).optional().orElse(code);
    }

    private static Completion completion(ResultSet rs, int i) throws SQLException {
        return new Completion(
                rs.getString("row_key"),
                rs.getString("label"),
                rs.getLong("total"),
                rs.getLong("done_on_time"),
                rs.getLong("done_late"),
                rs.getLong("overdue"),
                rs.getLong("still_open"));
    }
}
