package org.parsteering.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Role;
import org.parsteering.base.Roles;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders inbox of SPEC 4: what each role may see (a unit head their own unit's reminders, the other
 * roles all of them), the counts for the navigation badge and the dashboards, and the actions on a reminder:
 * the unit head acknowledges, the committee escalates by hand and closes. Every change is in the reminder's
 * history. The rules themselves run in {@link ReminderRunService}.
 */
@Service
@Transactional
public class ReminderService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ReminderMailer mailer;
    private final Clock clock;

    ReminderService(JdbcClient jdbc, CurrentUser currentUser, ReminderMailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.clock = clock;
    }

    // ---- inbox --------------------------------------------------------------------------------------------

    /**
     * One page of the inbox: a unit head sees their own unit's reminders only, the committee, the secretary
     * and inspectors all of them; escalated first, then the most severe, then the newest.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<Reminder> inbox(ReminderFilter filter, int offset, int limit) {
        Where w = where(filter);
        return w.bind(jdbc.sql(ReminderRows.SELECT + w.sql() + " " + """
                                order by case r.state when 'ESCALATED' then 0 when 'OPEN' then 1 when 'ACKNOWLEDGED' then 2 else 3 end,
                                         case r.severity when 'CRITICAL' then 0 when 'WARNING' then 1 else 2 end,
                                         r.raised_at desc, r.id desc
                                limit :limit offset :offset"""))
                .param("limit", limit)
                .param("offset", offset)
                .query(ReminderRows.MAPPER)
                .list();
    }

    /** How many reminders of the inbox match the filter. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long count(ReminderFilter filter) {
        Where w = where(filter);
        return w.bind(jdbc.sql("select count(*) from reminder r join unit u on u.id = r.unit_id " + w.sql()))
                .query(Long.class)
                .single();
    }

    /** The navigation badge: reminders waiting for someone (open or escalated) that the user may see. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long openCount() {
        return count(new ReminderFilter(EnumSet.of(ReminderState.OPEN, ReminderState.ESCALATED), null, null));
    }

    /** The inbox's where clause and its parameters. */
    private record Where(String sql, java.util.Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    private Where where(ReminderFilter filter) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder w = new StringBuilder(" where r.state in (:states)");
        Set<ReminderState> states = filter.states() == null || filter.states().isEmpty()
                ? EnumSet.of(ReminderState.OPEN, ReminderState.ACKNOWLEDGED, ReminderState.ESCALATED)
                : filter.states();
        params.put("states", states.stream().sorted().map(ReminderState::name).toList());
        if (filter.rule() != null) {
            w.append(" and r.rule = :rule");
            params.put("rule", filter.rule().name());
        }
        ParUser user = currentUser.require();
        if (user.role() == Role.UNIT_HEAD) {
            w.append(" and r.unit_id = :unitId");
            params.put("unitId", user.unitId() == null ? -1L : user.unitId());
        } else if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            w.append(" and u.code = :unitCode");
            params.put("unitCode", filter.unitCode());
        }
        return new Where(w.toString(), params);
    }

    /** One reminder, if the user may see it. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Reminder get(long id) {
        Reminder r = jdbc.sql(ReminderRows.SELECT + " where r.id = :id")
                .param("id", id)
                .query(ReminderRows.MAPPER)
                .optional()
                .orElseThrow(() -> new BusinessException("reminder.error.notFound"));
        ParUser user = currentUser.require();
        if (user.role() == Role.UNIT_HEAD && !r.unitCode().equals(user.unitCode())) {
            throw new AccessDeniedException("reminder " + id + " is not of " + user.unitCode());
        }
        return r;
    }

    /** A reminder's history, oldest first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<ReminderEvent> history(long id) {
        get(id);
        return jdbc.sql("""
                        select occurred_at, actor, action, note from reminder_event
                        where reminder_id = :id order by occurred_at, id""")
                .param("id", id)
                .query((rs, i) -> new ReminderEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("note")))
                .list();
    }

    // ---- actions ------------------------------------------------------------------------------------------

    /**
     * The unit head of the reminder's unit acknowledges it, with an optional note — while their unit is active (the
     * head of a unit closed by a merger or an abolition can no longer act for it).
     */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public Reminder acknowledge(long id, long version, String note) {
        get(id); // the caller's own unit's reminder, or access denied
        currentUser.requireOwnUnitOpen();
        move(
                id,
                version,
                EnumSet.of(ReminderState.OPEN, ReminderState.ESCALATED),
                "reminder.error.notOpen",
                """
                update reminder set state = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :actor,
                       version = version + 1
                where id = :id and version = :version""",
                "ACKNOWLEDGED",
                note(note, false));
        return get(id);
    }

    /** The committee escalates a reminder by hand (it then shows first on the committee's inbox). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public Reminder escalate(long id, long version, String note) {
        Timestamp now = move(
                id,
                version,
                EnumSet.of(ReminderState.OPEN, ReminderState.ACKNOWLEDGED),
                "reminder.error.notEscalatable",
                """
                update reminder set state = 'ESCALATED', escalated_at = :now, version = version + 1
                where id = :id and version = :version""",
                "ESCALATED",
                note(note, false));
        mailer.queue(List.of(id), MailKind.ESCALATED, now);
        return get(id);
    }

    /** The committee closes a reminder as resolved, with a note saying how. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public Reminder close(long id, long version, String note) {
        move(
                id,
                version,
                EnumSet.complementOf(EnumSet.of(ReminderState.RESOLVED)),
                "reminder.error.alreadyResolved",
                """
                update reminder set state = 'RESOLVED', open_key = null, resolved_at = :now,
                       resolved_by = :actor, version = version + 1
                where id = :id and version = :version""",
                "CLOSED",
                note(note, true));
        return get(id);
    }

    /**
     * Moves the reminder from one of the states {@code from} (else the message {@code notAllowed}) by the
     * {@code update} at {@code :now} by {@code :actor}, and records the {@code action} with its note.
     */
    private Timestamp move(
            long id,
            long version,
            Set<ReminderState> from,
            String notAllowed,
            String update,
            String action,
            String note) {
        Reminder r = get(id);
        if (!from.contains(r.state())) {
            throw new BusinessException(notAllowed);
        }
        Timestamp now = Timestamp.from(clock.instant());
        change(r, version, jdbc.sql(update).param("now", now).param("actor", ReminderRows.actor()));
        event(id, now, action, note);
        return now;
    }

    /** Runs the update of {@code r} at {@code version}; someone else's change meanwhile is a concurrent edit. */
    private void change(Reminder r, long version, JdbcClient.StatementSpec update) {
        if (r.version() != version
                || update.param("id", r.id()).param("version", version).update() == 0) {
            String by = jdbc.sql("""
                            select actor from reminder_event where reminder_id = :id
                            order by occurred_at desc, id desc limit 1""")
                    .param("id", r.id())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            throw new ConcurrentEditException(by);
        }
    }

    private void event(long id, Timestamp at, String action, String note) {
        jdbc.sql(ReminderRows.INSERT_EVENT)
                .param("reminderId", id)
                .param("at", at)
                .param("actor", ReminderRows.actor())
                .param("action", action)
                .param("note", note)
                .update();
    }

    private static String note(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new BusinessException("reminder.error.noteRequired");
        }
        if (text.length() > 1000) {
            throw new BusinessException("reminder.error.noteTooLong", 1000);
        }
        return text.isEmpty() ? null : text;
    }
}
