package org.parsteering.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.Roles;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule run of SPEC 4: evaluates every rule ({@link ReminderRules}) and brings the reminders in line —
 * idempotent (one unresolved reminder per rule, unit and subject); a cleared condition resolves its reminder,
 * a condition that comes back raises a new one; OPEN past the escalation period becomes ESCALATED. Between
 * runs, a progress report resolves its assignment's stale-progress reminder at once. Every change is in the
 * reminder's history. The daily schedule and "run checks now" come through {@link ReminderChecks}.
 */
@Service
@Transactional
public class ReminderRunService {

    private static final Logger log = LoggerFactory.getLogger(ReminderRunService.class);

    static final String NOTE_CLEARED = "reminder.note.cleared";
    static final String NOTE_NOW_OVERDUE = "reminder.note.nowOverdue";
    static final String NOTE_PROGRESS = "reminder.note.progressReported";
    static final String NOTE_ESCALATED = "reminder.note.escalatedAfter";

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ReminderRules rules;
    private final SettingsService settings;
    private final ReminderMailer mailer;
    private final Clock clock;
    private final String node;

    ReminderRunService(
            NamedParameterJdbcTemplate batch,
            ReminderRules rules,
            SettingsService settings,
            ReminderMailer mailer,
            Clock clock,
            NodeName node) {
        this.batch = batch;
        this.jdbc = JdbcClient.create(batch);
        this.rules = rules;
        this.settings = settings;
        this.mailer = mailer;
        this.clock = clock;
        this.node = node.value();
    }

    /** "Run checks now" (committee, secretary): every rule at once; what was raised, already open, resolved. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RunResult runChecks() {
        return run(ReminderRows.actor());
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
        jdbc.sql("""
                        select id, version, open_key, rule, unit_id, subject, severity, title, deadline, numerator,
                               denominator, item_count, codes
                        from reminder where open_key is not null""")
                .query((rs, i) -> new Active(
                        rs.getLong("id"),
                        rs.getLong("version"),
                        rs.getString("open_key"),
                        ReminderRule.valueOf(rs.getString("rule")),
                        rs.getLong("unit_id"),
                        rs.getString("subject"),
                        new Facts(
                                rs.getString("severity"),
                                rs.getString("title"),
                                rs.getDate("deadline") == null
                                        ? null
                                        : rs.getDate("deadline").toLocalDate(),
                                rs.getObject("numerator", Long.class),
                                rs.getObject("denominator", Long.class),
                                rs.getObject("item_count", Long.class),
                                rs.getString("codes"))))
                .list()
                .forEach(a -> active.put(a.openKey(), a));

        List<SqlParameterSource> inserts = new ArrayList<>();
        List<String> insertedKeys = new ArrayList<>();
        List<SqlParameterSource> refreshes = new ArrayList<>();
        int stillOpen = 0;
        for (Condition c : conditions.values()) {
            Facts facts = Facts.of(c);
            Active a = active.remove(c.key());
            if (a == null) {
                inserts.add(facts.params()
                        .addValue("rule", c.rule().name())
                        .addValue("unitId", c.unitId())
                        .addValue("subject", c.subject())
                        .addValue("openKey", c.key())
                        .addValue("now", now));
                insertedKeys.add(c.key());
            } else {
                stillOpen++;
                if (!a.facts().equals(facts)) {
                    refreshes.add(facts.params().addValue("now", now).addValue("id", a.id()));
                }
            }
        }
        batch("""
                insert into reminder (rule, unit_id, subject, severity, title, deadline, numerator, denominator, item_count,
                                      codes, open_key, raised_at, checked_at, state, version)
                values (:rule, :unitId, :subject, :severity, :title, :deadline, :numerator, :denominator, :itemCount,
                        :codes, :openKey, :now, :now, 'OPEN', 0)""", inserts);
        List<Long> raisedIds = idsByOpenKey(insertedKeys);
        events(raisedIds, now, trigger, "RAISED", null);
        mailer.queue(raisedIds, MailKind.NEW, now);
        // Facts (title, figures, dossier codes) follow the data; they do not count as an edit of the reminder.
        batch("""
                update reminder set severity = :severity, title = :title, deadline = :deadline, numerator = :numerator,
                       denominator = :denominator, item_count = :itemCount, codes = :codes, checked_at = :now
                where id = :id""", refreshes);

        // Cleared conditions resolve their reminders (unless someone changed one meanwhile: next run). A stale
        // reminder whose assignment is now overdue says so: the overdue reminder takes over.
        List<Active> cleared = new ArrayList<>(active.values());
        List<Long> resolvedIds = resolve(cleared, now);
        java.util.Set<Long> resolvedSet = new java.util.HashSet<>(resolvedIds);
        List<Long> nowOverdue = new ArrayList<>();
        List<Long> otherCleared = new ArrayList<>();
        for (Active a : cleared) {
            if (resolvedSet.contains(a.id())) {
                boolean overdue = a.rule() == ReminderRule.TASK_STALE
                        && conditions.containsKey(Condition.key(ReminderRule.TASK_OVERDUE, a.unitId(), a.subject()));
                (overdue ? nowOverdue : otherCleared).add(a.id());
            }
        }
        events(otherCleared, now, trigger, "RESOLVED", NOTE_CLEARED);
        events(nowOverdue, now, trigger, "RESOLVED", NOTE_NOW_OVERDUE);

        // OPEN past the escalation period: escalated to the committee.
        Timestamp escalateBefore = Timestamp.from(started.minus(Duration.ofDays(t.escalationDays())));
        List<SqlParameterSource> overdueOpen = jdbc.sql(
                        "select id, version from reminder where state = 'OPEN' and raised_at < :before")
                .param("before", escalateBefore)
                .query((rs, i) -> (SqlParameterSource) new MapSqlParameterSource()
                        .addValue("id", rs.getLong("id"))
                        .addValue("version", rs.getLong("version"))
                        .addValue("now", now))
                .list();
        List<Long> escalatedIds = updatedIds(
                "update reminder set state = 'ESCALATED', escalated_at = :now, version = version + 1"
                        + " where id = :id and version = :version",
                overdueOpen);
        events(escalatedIds, now, trigger, "ESCALATED", NOTE_ESCALATED + ":" + t.escalationDays());
        mailer.queue(escalatedIds, MailKind.ESCALATED, now);

        RunResult result = new RunResult(inserts.size(), stillOpen, resolvedIds.size(), escalatedIds.size());
        jdbc.sql("""
                        insert into reminder_run (node, trigger_by, started_at, finished_at, raised, still_open, resolved,
                                                  escalated)
                        values (:node, :trigger, :started, :finished, :raised, :stillOpen, :resolved, :escalated)""")
                .param("node", node)
                .param("trigger", trigger)
                .param("started", now)
                .param("finished", Timestamp.from(clock.instant()))
                .param("raised", result.raised())
                .param("stillOpen", result.stillOpen())
                .param("resolved", result.resolved())
                .param("escalated", result.escalated())
                .update();
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

    /**
     * A progress report (or a completion report) on an assignment clears its stale-progress condition: the
     * open stale reminder of that unit and task is resolved now, in the report's transaction, not at the next
     * run. Called by {@link ProgressListener}.
     */
    void progressReported(long unitId, String taskCode, String reportedBy) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = jdbc.sql("select id from reminder where open_key = :key")
                .param("key", Condition.key(ReminderRule.TASK_STALE, unitId, taskCode))
                .query(Long.class)
                .list();
        for (Long id : ids) {
            if (resolve(id, now, reportedBy)) {
                events(List.of(id), now, reportedBy, "RESOLVED", NOTE_PROGRESS);
            }
        }
    }

    /** Resolves one unresolved reminder; false when it was resolved meanwhile (by another run or node). */
    private boolean resolve(long id, Timestamp now, String by) {
        return jdbc.sql("""
                        update reminder set state = 'RESOLVED', open_key = null, resolved_at = :now, resolved_by = :by,
                               version = version + 1
                        where id = :id and open_key is not null""").param("now", now).param("by", by).param("id", id).update() > 0;
    }

    /**
     * A merger or an abolition closed units (SPEC 2a): their unresolved reminders (OPEN, ACKNOWLEDGED, ESCALATED)
     * are resolved now, in the change's transaction, with a note naming the successor, the date and the legal
     * basis. Nobody can act on them any more; the next run raises what is still due against the successor, whose
     * figures and assignments now hold the closed units' work. Called by {@link UnitChangeListener}.
     */
    void unitsClosed(List<Long> unitIds, String note) {
        if (unitIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String actor = ReminderRows.actor();
        List<Long> ids = jdbc.sql("select id from reminder where open_key is not null and unit_id in (:units)")
                .param("units", unitIds)
                .query(Long.class)
                .list();
        List<Long> resolved = new ArrayList<>();
        for (Long id : ids) {
            if (resolve(id, now, actor)) {
                resolved.add(id);
            }
        }
        events(resolved, now, actor, "RESOLVED", note);
    }

    /** An unresolved reminder as the run finds it. */
    private record Active(
            long id, long version, String openKey, ReminderRule rule, long unitId, String subject, Facts facts) {}

    /** What a reminder shows of its condition; kept current while it is open. */
    private record Facts(
            String severity,
            String title,
            LocalDate deadline,
            Long numerator,
            Long denominator,
            Long itemCount,
            String codes) {

        static Facts of(Condition c) {
            return new Facts(
                    c.severity().name(),
                    c.title(),
                    c.deadline(),
                    c.numerator(),
                    c.denominator(),
                    c.itemCount(),
                    c.codesText());
        }

        MapSqlParameterSource params() {
            return new MapSqlParameterSource()
                    .addValue("severity", severity)
                    .addValue("title", title)
                    .addValue("deadline", deadline == null ? null : java.sql.Date.valueOf(deadline))
                    .addValue("numerator", numerator)
                    .addValue("denominator", denominator)
                    .addValue("itemCount", itemCount)
                    .addValue("codes", codes);
        }
    }

    private List<Long> resolve(List<Active> cleared, Timestamp now) {
        return updatedIds(
                """
                update reminder set state = 'RESOLVED', open_key = null, resolved_at = :now, resolved_by = 'system',
                       version = version + 1
                where id = :id and version = :version""",
                cleared.stream()
                        .map(a -> (SqlParameterSource) new MapSqlParameterSource()
                                .addValue("now", now)
                                .addValue("id", a.id())
                                .addValue("version", a.version()))
                        .toList());
    }

    /**
     * Runs an {@code update … where id = :id and version = :version} for each row in JDBC batches; the ids of
     * the rows it changed (a row changed by someone meanwhile is left for the next run).
     */
    private List<Long> updatedIds(String sql, List<SqlParameterSource> rows) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            List<SqlParameterSource> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
            int[] counts = batch.batchUpdate(sql, chunk.toArray(SqlParameterSource[]::new));
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] > 0 || counts[k] == java.sql.Statement.SUCCESS_NO_INFO) {
                    ids.add((Long) chunk.get(k).getValue("id"));
                }
            }
        }
        return ids;
    }

    private List<Long> idsByOpenKey(List<String> keys) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            ids.addAll(jdbc.sql("select id from reminder where open_key in (:keys)")
                    .param("keys", keys.subList(i, Math.min(keys.size(), i + CHUNK)))
                    .query(Long.class)
                    .list());
        }
        return ids;
    }

    private void events(List<Long> ids, Timestamp at, String actor, String action, String note) {
        batch(
                ReminderRows.INSERT_EVENT,
                ids.stream()
                        .map(id -> (SqlParameterSource) new MapSqlParameterSource()
                                .addValue("reminderId", id)
                                .addValue("at", at)
                                .addValue("actor", actor)
                                .addValue("action", action)
                                .addValue("note", note))
                        .toList());
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            batch.batchUpdate(
                    sql, rows.subList(i, Math.min(rows.size(), i + CHUNK)).toArray(SqlParameterSource[]::new));
        }
    }
}
