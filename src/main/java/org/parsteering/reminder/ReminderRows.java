package org.parsteering.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How a reminder row is read (by column name, into {@link Reminder}) and who is acting on it: shared by the
 * inbox ({@link ReminderService}), the rule run ({@link ReminderRunService}) and the mailer.
 */
final class ReminderRows {

    private ReminderRows() {}

    static final String SELECT = """
            select r.id, r.version, r.rule, u.code as unit_code, u.name as unit_name, r.subject, r.severity, r.state,
                   r.title, r.deadline, r.numerator, r.denominator, r.item_count, r.codes, r.raised_at,
                   r.acknowledged_at, r.acknowledged_by, r.escalated_at, r.resolved_at, r.resolved_by
            from reminder r join unit u on u.id = r.unit_id
            """;

    static final RowMapper<Reminder> MAPPER = ReminderRows::reminder;

    private static Reminder reminder(ResultSet rs, int i) throws SQLException {
        String codes = rs.getString("codes");
        java.sql.Date deadline = rs.getDate("deadline");
        return new Reminder(
                rs.getLong("id"),
                rs.getLong("version"),
                ReminderRule.valueOf(rs.getString("rule")),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("subject"),
                Severity.valueOf(rs.getString("severity")),
                ReminderState.valueOf(rs.getString("state")),
                rs.getString("title"),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getObject("numerator", Long.class),
                rs.getObject("denominator", Long.class),
                rs.getObject("item_count", Long.class),
                codes == null ? List.of() : List.of(codes.split(",")),
                instant(rs.getTimestamp("raised_at")),
                instant(rs.getTimestamp("acknowledged_at")),
                rs.getString("acknowledged_by"),
                instant(rs.getTimestamp("escalated_at")),
                instant(rs.getTimestamp("resolved_at")),
                rs.getString("resolved_by"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static final String INSERT_EVENT = """
            insert into reminder_event (reminder_id, occurred_at, actor, action, note)
            values (:reminderId, :at, :actor, :action, :note)""";

    /** The signed-in user's name, or "system" for the schedule. */
    static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
