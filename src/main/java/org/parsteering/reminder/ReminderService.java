package org.parsteering.reminder;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Role;
import org.parsteering.base.Roles;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of SPEC 4: the rule run (idempotent: one unresolved reminder per rule, unit and subject; a
 * cleared condition resolves its reminder, a condition that comes back raises a new one; OPEN past the
 * escalation period becomes ESCALATED), the inbox each role may see, and the actions on a reminder: the unit
 * head acknowledges, the committee escalates by hand and closes. Every change is in the reminder's history.
 */
@Service
@Transactional
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    static final String NOTE_CLEARED = "reminder.note.cleared";
    static final String NOTE_ESCALATED = "reminder.note.escalatedAfter";

    private final JdbcTemplate jdbc;
    private final ReminderRules rules;
    private final SettingsService settings;
    private final CurrentUser currentUser;
    private final ReminderMailer mailer;
    private final Clock clock;
    private final String node;

    ReminderService(
            JdbcTemplate jdbc,
            ReminderRules rules,
            SettingsService settings,
            CurrentUser currentUser,
            ReminderMailer mailer,
            Clock clock,
            NodeName node) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.settings = settings;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.clock = clock;
        this.node = node.value();
    }

    /** "Run checks now" (committee, secretary): every rule at once; what was raised, already open, resolved. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RunResult runChecks() {
        return run(actor());
    }

    /** The rule run itself, for the daily schedule (which runs it as the system user) and "run checks now". */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RunResult run(String trigger) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Thresholds t = settings.thresholds();
        Map<String, Condition> conditions = new LinkedHashMap<>();
        for (Condition c : rules.evaluate(t)) {
            conditions.putIfAbsent(c.key(), c);
        }
        Timestamp now = Timestamp.from(started);

        Map<String, Active> active = new HashMap<>();
        jdbc.query("""
                select id, version, open_key, state, severity, title, deadline, numerator, denominator, item_count, codes
                from reminder where open_key is not null""", rs -> {
            Active a = new Active(
                    rs.getLong(1),
                    rs.getLong(2),
                    ReminderState.valueOf(rs.getString(4)),
                    Arrays.asList(
                            rs.getString(5),
                            rs.getString(6),
                            rs.getDate(7),
                            rs.getObject(8, Long.class),
                            rs.getObject(9, Long.class),
                            rs.getObject(10, Long.class),
                            rs.getString(11)));
            active.put(rs.getString(3), a);
        });

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> refreshes = new ArrayList<>();
        int stillOpen = 0;
        for (Condition c : conditions.values()) {
            List<Object> facts = facts(c);
            Active a = active.remove(c.key());
            if (a == null) {
                List<Object> row = new ArrayList<>(List.of(c.rule().name(), c.unitId(), c.subject()));
                row.addAll(facts);
                row.addAll(Arrays.asList(c.key(), now, now));
                inserts.add(row.toArray());
            } else {
                stillOpen++;
                if (!sameFacts(a.facts(), facts)) {
                    List<Object> row = new ArrayList<>(facts);
                    row.add(now);
                    row.add(a.id());
                    refreshes.add(row.toArray());
                }
            }
        }
        batch("""
                insert into reminder (rule, unit_id, subject, severity, title, deadline, numerator, denominator, item_count,
                                      codes, open_key, raised_at, checked_at, state, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0)""", inserts);
        List<Long> raisedIds =
                idsByOpenKey(inserts.stream().map(r -> (String) r[10]).toList());
        events(raisedIds, now, trigger, "RAISED", null);
        mailer.queue(raisedIds, MailKind.NEW, now);
        // Facts (title, figures, dossier codes) follow the data; they do not count as an edit of the reminder.
        batch("""
                update reminder set severity = ?, title = ?, deadline = ?, numerator = ?, denominator = ?, item_count = ?,
                       codes = ?, checked_at = ?
                where id = ?""", refreshes);

        // Cleared conditions resolve their reminders (unless someone changed one meanwhile: next run).
        List<Long> resolvedIds = updatedIds(
                """
                update reminder set state = 'RESOLVED', open_key = null, resolved_at = ?, resolved_by = 'system',
                       version = version + 1
                where id = ? and version = ?""",
                active.values().stream()
                        .map(a -> new Object[] {now, a.id(), a.version()})
                        .toList());
        int resolved = resolvedIds.size();
        events(resolvedIds, now, trigger, "RESOLVED", NOTE_CLEARED);

        // OPEN past the escalation period: escalated to the committee.
        Timestamp escalateBefore = Timestamp.from(started.minus(Duration.ofDays(t.escalationDays())));
        List<Long> escalatedIds = updatedIds(
                "update reminder set state = 'ESCALATED', escalated_at = ?, version = version + 1"
                        + " where id = ? and version = ?",
                jdbc.query(
                        "select id, version from reminder where state = 'OPEN' and raised_at < ?",
                        (rs, i) -> new Object[] {now, rs.getLong(1), rs.getLong(2)},
                        escalateBefore));
        int escalated = escalatedIds.size();
        events(escalatedIds, now, trigger, "ESCALATED", NOTE_ESCALATED + ":" + t.escalationDays());
        mailer.queue(escalatedIds, MailKind.ESCALATED, now);

        RunResult result = new RunResult(inserts.size(), stillOpen, resolved, escalated);
        jdbc.update(
                """
                insert into reminder_run (node, trigger_by, started_at, finished_at, raised, still_open, resolved, escalated)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                node,
                trigger,
                now,
                Timestamp.from(clock.instant()),
                result.raised(),
                result.stillOpen(),
                result.resolved(),
                result.escalated());
        log.info(
                "Reminder checks by {} on {}: {} raised, {} still open, {} resolved, {} escalated in {} ms",
                trigger,
                node,
                result.raised(),
                result.stillOpen(),
                result.resolved(),
                result.escalated(),
                (System.nanoTime() - t0) / 1_000_000);
        return result;
    }

    private record Active(long id, long version, ReminderState state, List<Object> facts) {}

    private static List<Object> facts(Condition c) {
        return Arrays.asList(
                c.severity().name(),
                c.title(),
                c.deadline() == null ? null : Date.valueOf(c.deadline()),
                c.numerator(),
                c.denominator(),
                c.itemCount(),
                c.codesText());
    }

    private static boolean sameFacts(List<Object> stored, List<Object> now) {
        for (int i = 0; i < stored.size(); i++) {
            Object a = stored.get(i);
            Object b = now.get(i);
            if (a instanceof java.util.Date da && b instanceof java.util.Date db) {
                if (!da.toString().equals(db.toString())) {
                    return false;
                }
            } else if (!Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs {@code update … where id = ? and version = ?} for each row ({@code [value, id, version]}) in JDBC
     * batches; the ids of the rows it changed (a row changed by someone meanwhile is left for the next run).
     */
    private List<Long> updatedIds(String sql, List<Object[]> rows) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 1000) {
            List<Object[]> chunk = rows.subList(i, Math.min(rows.size(), i + 1000));
            int[] counts = jdbc.batchUpdate(sql, chunk);
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] > 0 || counts[k] == java.sql.Statement.SUCCESS_NO_INFO) {
                    ids.add((Long) chunk.get(k)[1]);
                }
            }
        }
        return ids;
    }

    private List<Long> idsByOpenKey(List<String> keys) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += 1000) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + 1000));
            ids.addAll(jdbc.queryForList(
                    "select id from reminder where open_key in ("
                            + chunk.stream().map(k -> "?").collect(Collectors.joining(",")) + ")",
                    Long.class,
                    chunk.toArray()));
        }
        return ids;
    }

    private void events(List<Long> ids, Timestamp at, String actor, String action, String note) {
        List<Object[]> rows = ids.stream()
                .map(id -> new Object[] {id, at, actor, action, note})
                .toList();
        batch(
                "insert into reminder_event (reminder_id, occurred_at, actor, action, note) values (?, ?, ?, ?, ?)",
                rows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 1000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 1000)));
        }
    }

    // ---- inbox --------------------------------------------------------------------------------------------

    static final String SELECT = """
            select r.id, r.version, r.rule, u.code, u.name, r.subject, r.severity, r.state, r.title, r.deadline,
                   r.numerator, r.denominator, r.item_count, r.codes, r.raised_at, r.acknowledged_at,
                   r.acknowledged_by, r.escalated_at, r.resolved_at, r.resolved_by
            from reminder r join unit u on u.id = r.unit_id
            """;

    static final RowMapper<Reminder> MAPPER = ReminderService::map;

    private static Reminder map(ResultSet rs, int i) throws SQLException {
        String codes = rs.getString(14);
        return new Reminder(
                rs.getLong(1),
                rs.getLong(2),
                ReminderRule.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Severity.valueOf(rs.getString(7)),
                ReminderState.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                rs.getObject(11, Long.class),
                rs.getObject(12, Long.class),
                rs.getObject(13, Long.class),
                codes == null ? List.of() : List.of(codes.split(",")),
                instant(rs.getTimestamp(15)),
                instant(rs.getTimestamp(16)),
                rs.getString(17),
                instant(rs.getTimestamp(18)),
                instant(rs.getTimestamp(19)),
                rs.getString(20));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * One page of the inbox: a unit head sees their own unit's reminders only, the committee, the secretary
     * and inspectors all of them; escalated first, then the most severe, then the newest.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<Reminder> inbox(ReminderFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(SELECT + where + " " + """
                         order by case r.state when 'ESCALATED' then 0 when 'OPEN' then 1 when 'ACKNOWLEDGED' then 2 else 3 end,
                                  case r.severity when 'CRITICAL' then 0 when 'WARNING' then 1 else 2 end,
                                  r.raised_at desc, r.id desc
                         limit ? offset ?""", MAPPER, args.toArray());
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long count(ReminderFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.queryForObject(
                "select count(*) from reminder r join unit u on u.id = r.unit_id " + where, Long.class, args.toArray());
    }

    /** The navigation badge: reminders waiting for someone (open or escalated) that the user may see. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long openCount() {
        return count(new ReminderFilter(Set.of(ReminderState.OPEN, ReminderState.ESCALATED), null, null));
    }

    private String where(ReminderFilter filter, List<Object> args) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        Set<ReminderState> states = filter.states() == null || filter.states().isEmpty()
                ? Set.of(ReminderState.OPEN, ReminderState.ACKNOWLEDGED, ReminderState.ESCALATED)
                : filter.states();
        w.append(" and r.state in (")
                .append(states.stream().map(s -> "?").collect(Collectors.joining(",")))
                .append(')');
        states.stream().sorted().forEach(s -> args.add(s.name()));
        if (filter.rule() != null) {
            w.append(" and r.rule = ?");
            args.add(filter.rule().name());
        }
        ParUser user = currentUser.require();
        if (user.role() == Role.UNIT_HEAD) {
            w.append(" and r.unit_id = ?");
            args.add(user.unitId() == null ? -1L : user.unitId());
        } else if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            w.append(" and u.code = ?");
            args.add(filter.unitCode());
        }
        return w.toString();
    }

    /** One reminder, if the user may see it. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Reminder get(long id) {
        Reminder r = jdbc.query(SELECT + " where r.id = ?", MAPPER, id).stream()
                .findFirst()
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
        return jdbc.query(
                "select occurred_at, actor, action, note from reminder_event where reminder_id = ? order by occurred_at, id",
                (rs, i) -> new ReminderEvent(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)),
                id);
    }

    // ---- actions ------------------------------------------------------------------------------------------

    /** The unit head of the reminder's unit acknowledges it, with an optional note. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public Reminder acknowledge(long id, long version, String note) {
        Reminder r = get(id);
        if (r.state() != ReminderState.OPEN && r.state() != ReminderState.ESCALATED) {
            throw new BusinessException("reminder.error.notOpen");
        }
        Timestamp now = Timestamp.from(clock.instant());
        change(
                r,
                version,
                "update reminder set state = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?, version = version + 1"
                        + " where id = ? and version = ?",
                now,
                actor(),
                id,
                version);
        event(id, now, "ACKNOWLEDGED", note(note, false));
        return get(id);
    }

    /** The committee escalates a reminder by hand (it then shows first on the committee's inbox). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public Reminder escalate(long id, long version, String note) {
        Reminder r = get(id);
        if (r.state() != ReminderState.OPEN && r.state() != ReminderState.ACKNOWLEDGED) {
            throw new BusinessException("reminder.error.notEscalatable");
        }
        Timestamp now = Timestamp.from(clock.instant());
        change(
                r,
                version,
                "update reminder set state = 'ESCALATED', escalated_at = ?, version = version + 1 where id = ? and version = ?",
                now,
                id,
                version);
        event(id, now, "ESCALATED", note(note, false));
        mailer.queue(List.of(id), MailKind.ESCALATED, now);
        return get(id);
    }

    /** The committee closes a reminder as resolved, with a note saying how. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public Reminder close(long id, long version, String note) {
        Reminder r = get(id);
        if (r.state() == ReminderState.RESOLVED) {
            throw new BusinessException("reminder.error.alreadyResolved");
        }
        String text = note(note, true);
        Timestamp now = Timestamp.from(clock.instant());
        change(
                r,
                version,
                "update reminder set state = 'RESOLVED', open_key = null, resolved_at = ?, resolved_by = ?,"
                        + " version = version + 1 where id = ? and version = ?",
                now,
                actor(),
                id,
                version);
        event(id, now, "CLOSED", text);
        return get(id);
    }

    private void change(Reminder r, long version, String sql, Object... args) {
        if (r.version() != version || jdbc.update(sql, args) == 0) {
            String by = jdbc
                    .query(
                            "select actor from reminder_event where reminder_id = ? order by occurred_at desc, id desc limit 1",
                            (rs, i) -> rs.getString(1),
                            r.id())
                    .stream()
                    .findFirst()
                    .orElse(null);
            throw new ConcurrentEditException(by);
        }
    }

    private void event(long id, Timestamp at, String action, String note) {
        jdbc.update(
                "insert into reminder_event (reminder_id, occurred_at, actor, action, note) values (?, ?, ?, ?, ?)",
                id,
                at,
                actor(),
                action,
                note);
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

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
