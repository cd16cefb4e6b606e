package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.support.AccessMatrixTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of ReminderService (the inbox), ReminderRunService (the rule run) and SettingsService × every role × a reminder of the caller's own
 * unit / of another unit: a unit head sees and acknowledges only their own unit's reminders; only the committee
 * and the secretary escalate, close or run the checks; only the secretary changes the thresholds.
 */
@Transactional
class ReminderAccessMatrixTest extends AccessMatrixTest<ReminderAccessMatrixTest> {

    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.rma");

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderRunService run;

    @Autowired
    SettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    long own;
    long other;

    /**
     * Two communes, each with one open reminder (April 2024's signature use, as the rule run raises it), and
     * the unit head {@code head.rma} of the first. Written straight into the test's transaction: the matrix
     * checks who may call what, and the rule run that raises such reminders has its own tests
     * ({@link ReminderRulesTest}); loading their whole data set for each of the matrix's cells cost the suite
     * seconds for nothing.
     */
    @BeforeEach
    void data() {
        Timestamp now = Timestamp.from(clock.instant());
        long unitA = unit("XA-RMA", "Xã Nhắc A", now);
        long unitB = unit("XA-RMB", "Xã Nhắc B", now);
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, role, unit_id, locale, created_at, updated_at)
                values ('head.rma', 'Trưởng xã Nhắc A', 'head.rma@example.org', '{noop}x', 'UNIT_HEAD', ?, 'vi', ?, ?)""", unitA, now, now);
        own = openReminder(unitA, now);
        other = openReminder(unitB, now);
    }

    private long unit(String code, String name, Timestamp now) {
        jdbc.update(
                "insert into unit (code, name, unit_type, created_at, updated_at) values (?, ?, 'COMMUNE', ?, ?)",
                code,
                name,
                now,
                now);
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private long openReminder(long unitId, Timestamp now) {
        String key = Condition.key(ReminderRule.LOW_SIGNATURE_USE, unitId, "2024-04");
        jdbc.update("""
                insert into reminder (rule, unit_id, subject, severity, numerator, denominator, open_key, raised_at, checked_at, state, version)
                values ('LOW_SIGNATURE_USE', ?, '2024-04', 'WARNING', 89, 100, ?, ?, ?, 'OPEN', 0)""", unitId, key, now, now);
        return jdbc.queryForObject("select id from reminder where open_key = ?", Long.class, key);
    }

    /** A call given an open reminder of the caller's own unit (XA-RMA) or of another unit (XA-RMB). */
    interface Call {
        void run(ReminderAccessMatrixTest t, long reminderId);
    }

    /** A row whose call receives the open reminder of the scope's unit. */
    static final class Cell extends AccessMatrixTest.Cell<ReminderAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call call) {
            super(method, allowedRoles, unitScoped, (t, scope) -> call.run(t, scope == Scope.OWN ? t.own : t.other));
        }
    }

    static final List<Cell> CELLS = List.of(
            new Cell("ReminderRunService.runChecks", MANAGERS, false, (t, id) -> t.run.runChecks()),
            new Cell("ReminderRunService.run", MANAGERS, false, (t, id) -> t.run.run("matrix")),
            new Cell("ReminderService.inbox", ALL, false, (t, id) -> t.reminders.inbox(ReminderFilter.ACTIVE, 0, 10)),
            new Cell("ReminderService.count", ALL, false, (t, id) -> t.reminders.count(ReminderFilter.ACTIVE)),
            new Cell("ReminderService.openCount", ALL, false, (t, id) -> t.reminders.openCount()),
            new Cell("ReminderService.get", ALL, true, (t, id) -> t.reminders.get(id)),
            new Cell("ReminderService.history", ALL, true, (t, id) -> t.reminders.history(id)),
            new Cell(
                    "ReminderService.acknowledge",
                    Set.of("UNIT_HEAD"),
                    true,
                    (t, id) -> t.reminders.acknowledge(id, version(t, id), "ok")),
            new Cell(
                    "ReminderService.escalate",
                    MANAGERS,
                    false,
                    (t, id) -> t.reminders.escalate(id, version(t, id), "now")),
            new Cell(
                    "ReminderService.close", MANAGERS, false, (t, id) -> t.reminders.close(id, version(t, id), "done")),
            new Cell("SettingsService.thresholds", ALL, false, (t, id) -> t.settings.thresholds()),
            new Cell("SettingsService.defaults", Set.of("SECRETARY"), false, (t, id) -> t.settings.defaults()),
            new Cell(
                    "SettingsService.update",
                    Set.of("SECRETARY"),
                    false,
                    (t, id) -> t.settings.update(Thresholds.DEFAULTS)),
            new Cell("SettingsService.level", ALL, false, (t, id) -> t.settings.level()),
            new Cell("SettingsService.defaultLevel", Set.of("SECRETARY"), false, (t, id) -> t.settings.defaultLevel()),
            new Cell(
                    "SettingsService.updateLevel",
                    Set.of("SECRETARY"),
                    false,
                    (t, id) -> t.settings.updateLevel(org.parsteering.settings.DeploymentLevel.PROVINCE)));

    private static long version(ReminderAccessMatrixTest t, long id) {
        return t.jdbc.queryForObject("select version from reminder where id = ?", Long.class, id);
    }

    ReminderAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(ReminderService.class, ReminderRunService.class, SettingsService.class);
    }

    @Test
    void a_unit_head_inbox_holds_only_their_units_reminders() {
        List<Reminder> mine = as("head.rma", () -> reminders.inbox(ReminderFilter.ACTIVE, 0, 100));
        assertThat(mine).isNotEmpty().allMatch(r -> r.unitCode().equals("XA-RMA"));
        // a unit head's unit filter cannot widen what they see
        assertThat(as("head.rma", () -> reminders.inbox(new ReminderFilter(Set.of(), null, "XA-RMB"), 0, 100)))
                .allMatch(r -> r.unitCode().equals("XA-RMA"));
    }
}
