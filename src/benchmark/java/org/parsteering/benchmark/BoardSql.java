package org.parsteering.benchmark;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parsteering.plan.TaskStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The bare SQL behind the task board and the task page: the native form of TaskRepository's
 * {@code BOARD_WHERE} (same predicates, same {@code ? is null or ...} shape as Hibernate renders them, same
 * {@code order by deadline, code}), and of the detail's three selects. Every column the entities map is
 * selected and read, so the comparison with the service measures what the service adds.
 */
final class BoardSql {

    /** The board's parameters after the service resolved codes to ids (as TaskService.query does). */
    record Where(
            long planId,
            Long fieldId,
            Long unitId,
            LocalDate from,
            LocalDate to,
            Collection<TaskStatus> statuses,
            LocalDate overdueBefore,
            String likeText) {

        Where withStatuses(Collection<TaskStatus> s) {
            return new Where(planId, fieldId, unitId, from, to, s, overdueBefore, likeText);
        }
    }

    static final String TASK_COLUMNS = "t.id, t.version, t.plan_id, t.field_id, t.code, t.title, t.description,"
            + " t.expected_output, t.evidence_required, t.start_date, t.deadline, t.priority, t.status, t.progress,"
            + " t.done_late, t.lead_unit_id, t.index_criterion, t.cancel_reason, t.created_at, t.updated_at";
    static final String FIELD_COLUMNS = "f.id, f.version, f.plan_id, f.code, f.position, f.name_en, f.name_vi";
    static final String UNIT_COLUMNS =
            "u.id, u.version, u.code, u.name, u.unit_type, u.parent_id, u.active_from, u.active_to, u.created_at,"
                    + " u.updated_at";

    private final JdbcTemplate jdbc;
    private int executed;

    BoardSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Statements run through {@link #read} and {@link #single} so far. */
    int executed() {
        return executed;
    }

    /** SQL text and its arguments. */
    record Statement(String sql, Object[] args) {}

    /**
     * The WHERE clause as Hibernate renders BOARD_WHERE on MariaDB: the field test on the joined field's id
     * when the field is joined ({@code fieldColumn}), LIKE patterns through {@code replace(?,'\\','\\\\')}.
     */
    static Statement where(Where w, String fieldColumn) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(" where t.plan_id = ?");
        args.add(w.planId());
        sql.append(" and (? is null or ").append(fieldColumn).append(" = ?)");
        args.add(nullable(w.fieldId(), Types.BIGINT));
        args.add(nullable(w.fieldId(), Types.BIGINT));
        sql.append(" and (? is null or exists (select 1 from assignment a where a.task_id = t.id and a.unit_id = ?))");
        args.add(nullable(w.unitId(), Types.BIGINT));
        args.add(nullable(w.unitId(), Types.BIGINT));
        sql.append(" and (? is null or t.deadline >= ?)");
        args.add(nullable(w.from(), Types.DATE));
        args.add(nullable(w.from(), Types.DATE));
        sql.append(" and (? is null or t.deadline <= ?)");
        args.add(nullable(w.to(), Types.DATE));
        args.add(nullable(w.to(), Types.DATE));
        sql.append(" and t.status in (")
                .append(w.statuses().stream().map(s -> "?").collect(Collectors.joining(",")))
                .append(")");
        w.statuses().stream().sorted().forEach(s -> args.add(s.name()));
        sql.append(" and (? is null or (t.deadline < ? and t.status in ('NOT_STARTED','IN_PROGRESS','COMPLETED')))");
        args.add(nullable(w.overdueBefore(), Types.DATE));
        args.add(nullable(w.overdueBefore(), Types.DATE));
        sql.append(" and (? = '' or lower(t.code) like " + LIKE + " or lower(t.title) like " + LIKE + ")");
        args.add(w.likeText());
        args.add(w.likeText());
        args.add(w.likeText());
        return new Statement(sql.toString(), args.toArray());
    }

    /** Hibernate's LIKE on MariaDB when the JPQL names no escape character. */
    private static final String LIKE = "replace(?,'\\\\','\\\\\\\\')";

    /**
     * Which SQL: as TaskRepository has it today; the same with the page select's joins made LEFT JOINs
     * (what {@code left join fetch} gives: the optimizer must read task first; same rows, since field_id
     * and lead_unit_id are NOT NULL foreign keys); or the proposal: LEFT JOINs, a WHERE made of only the
     * filters that are set, and no count per board column (a Slice: one row more than the page instead).
     */
    enum Variant {
        AS_IS,
        LEFT_JOIN,
        PROPOSED
    }

    /** The WHERE with only the filters that are set (the proposal). */
    static Statement whereSetOnly(Where w) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(" where t.plan_id = ?");
        args.add(w.planId());
        if (w.fieldId() != null) {
            sql.append(" and t.field_id = ?");
            args.add(w.fieldId());
        }
        if (w.unitId() != null) {
            sql.append(" and exists (select 1 from assignment a where a.task_id = t.id and a.unit_id = ?)");
            args.add(w.unitId());
        }
        if (w.from() != null) {
            sql.append(" and t.deadline >= ?");
            args.add(w.from());
        }
        if (w.to() != null) {
            sql.append(" and t.deadline <= ?");
            args.add(w.to());
        }
        sql.append(" and t.status in (")
                .append(w.statuses().stream().map(s -> "?").collect(Collectors.joining(",")))
                .append(")");
        w.statuses().stream().sorted().forEach(s -> args.add(s.name()));
        if (w.overdueBefore() != null) {
            sql.append(" and t.deadline < ? and t.status in ('NOT_STARTED','IN_PROGRESS','COMPLETED')");
            args.add(w.overdueBefore());
        }
        if (!w.likeText().isEmpty()) {
            sql.append(" and (lower(t.code) like ? escape '\\\\' or lower(t.title) like ? escape '\\\\')");
            args.add(w.likeText());
            args.add(w.likeText());
        }
        return new Statement(sql.toString(), args.toArray());
    }

    /** The board's page as TaskRepository.board selects it: task, its field and lead unit, inner joins. */
    static Statement page(Where w, int offset, int limit) {
        return page(w, offset, limit, Variant.AS_IS);
    }

    static Statement page(Where w, int offset, int limit, Variant variant) {
        String join = variant == Variant.AS_IS ? "join" : "left join";
        Statement where = variant == Variant.PROPOSED ? whereSetOnly(w) : where(w, "f.id");
        String sql = "select " + TASK_COLUMNS + ", " + FIELD_COLUMNS + ", " + UNIT_COLUMNS + " from task t " + join
                + " plan_field f on f.id = t.field_id " + join + " unit u on u.id = t.lead_unit_id" + where.sql()
                + " order by t.deadline, t.code limit " + limit + (offset > 0 ? " offset " + offset : "");
        return new Statement(sql, where.args());
    }

    static Statement count(Where w) {
        return count(w, Variant.AS_IS);
    }

    static Statement count(Where w, Variant variant) {
        Statement where = variant == Variant.PROPOSED ? whereSetOnly(w) : where(w, "t.field_id");
        return new Statement("select count(t.id) from task t" + where.sql(), where.args());
    }

    static Statement countByStatus(Where w) {
        return countByStatus(w, Variant.AS_IS);
    }

    static Statement countByStatus(Where w, Variant variant) {
        Statement where = variant == Variant.PROPOSED ? whereSetOnly(w) : where(w, "t.field_id");
        return new Statement(
                "select t.status, count(t.id) from task t" + where.sql() + " group by t.status", where.args());
    }

    static Statement detailTask(String code) {
        return new Statement(
                "select " + TASK_COLUMNS + ", " + FIELD_COLUMNS + ", " + UNIT_COLUMNS
                        + " from task t join plan_field f on f.id = t.field_id join unit u on u.id = t.lead_unit_id"
                        + " where t.code = ?",
                new Object[] {code});
    }

    static Statement detailAssignments(long taskId) {
        return new Statement(
                "select a.id, a.version, a.task_id, a.unit_id, a.is_lead, a.status, a.progress, a.deadline,"
                        + " a.last_report_at, a.reported_on, a.done_on, a.done_late, a.return_reason, a.created_at,"
                        + " a.updated_at, " + UNIT_COLUMNS
                        + " from assignment a join unit u on u.id = a.unit_id where a.task_id = ?"
                        + " order by a.is_lead desc, a.id",
                new Object[] {taskId});
    }

    static Statement detailReports(long taskId) {
        return new Statement(
                "select r.id, r.assignment_id, r.kind, r.percent, r.note, r.reported_by, r.reported_at, a.id,"
                        + " a.task_id, a.unit_id, a.is_lead, a.status, " + UNIT_COLUMNS
                        + " from progress_report r join assignment a on a.id = r.assignment_id"
                        + " join unit u on u.id = a.unit_id where a.task_id = ?"
                        + " order by r.reported_at desc, r.id desc",
                new Object[] {taskId});
    }

    /** Runs a select and reads every column of every row; returns the row count. */
    int read(Statement s) {
        executed++;
        int[] rows = {0};
        jdbc.query(
                s.sql(),
                rs -> {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    Object sink = null;
                    for (int i = 1; i <= n; i++) {
                        sink = rs.getObject(i);
                    }
                    if (sink != this) {
                        rows[0]++;
                    }
                },
                s.args());
        return rows[0];
    }

    long single(Statement s) {
        executed++;
        Long n = jdbc.queryForObject(s.sql(), Long.class, s.args());
        return n == null ? 0 : n;
    }

    List<Map<String, Object>> explain(Statement s) {
        return jdbc.queryForList("explain " + s.sql(), s.args());
    }

    private static Object nullable(Object value, int type) {
        return value == null ? new SqlParameterValue(type, null) : value;
    }
}
