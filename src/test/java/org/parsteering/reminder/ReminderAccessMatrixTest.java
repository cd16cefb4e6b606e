package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parsteering.base.BusinessException;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of ReminderService (the inbox), ReminderRunService (the rule run) and SettingsService × every role × a reminder of the caller's own
 * unit / of another unit: a unit head sees and acknowledges only their own unit's reminders; only the committee
 * and the secretary escalate, close or run the checks; only the secretary changes the thresholds.
 */
@Transactional
class ReminderAccessMatrixTest extends IntegrationTest {

    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("SECRETARY", "secretary");
        ROLES.put("COMMITTEE", "committee");
        ROLES.put("INSPECTOR", "inspector");
        ROLES.put("UNIT_HEAD", "head.rma");
    }

    enum Scope {
        OWN,
        OTHER
    }

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderRunService run;

    @Autowired
    SettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    long own;
    long other;

    @BeforeEach
    void data() {
        as("secretary", () -> ReminderTestData.load(context));
        as("committee", () -> run.runChecks());
        own = id("XA-RMA");
        other = id("XA-RMB");
    }

    private long id(String unit) {
        return jdbc.queryForObject(
                "select min(r.id) from reminder r join unit u on u.id = r.unit_id where u.code = ? and r.state = 'OPEN'",
                Long.class,
                unit);
    }

    interface Call {
        void run(ReminderAccessMatrixTest t, long reminderId);
    }

    record Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call call) {}

    static final Set<String> ALL = Set.of("SECRETARY", "COMMITTEE", "INSPECTOR", "UNIT_HEAD");
    static final Set<String> MANAGERS = Set.of("SECRETARY", "COMMITTEE");

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
                    (t, id) -> t.settings.update(Thresholds.DEFAULTS)));

    private static long version(ReminderAccessMatrixTest t, long id) {
        return t.jdbc.queryForObject("select version from reminder where id = ?", Long.class, id);
    }

    static Stream<Arguments> cells() {
        List<Arguments> args = new ArrayList<>();
        for (Cell cell : CELLS) {
            for (String role : ROLES.keySet()) {
                for (Scope scope : Scope.values()) {
                    boolean allowed = cell.allowedRoles().contains(role)
                            && (!cell.unitScoped() || !role.equals("UNIT_HEAD") || scope == Scope.OWN);
                    args.add(Arguments.of(cell.method(), role, scope, allowed));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} as {1} on {2} unit: allowed={3}")
    @MethodSource("cells")
    void every_service_method_checks_role_and_unit(String method, String role, Scope scope, boolean allowed) {
        Cell cell = CELLS.stream()
                .filter(c -> c.method().equals(method))
                .findFirst()
                .orElseThrow();
        long id = scope == Scope.OWN ? own : other;
        Throwable denied = null;
        try {
            as(ROLES.get(role), () -> cell.call().run(this, id));
        } catch (AccessDeniedException e) {
            denied = e;
        } catch (BusinessException e) {
            // allowed through security, refused by a rule
        }
        assertThat(denied == null)
                .as(method + " as " + role + " on " + scope + " must be " + (allowed ? "allowed" : "denied"))
                .isEqualTo(allowed);
    }

    @Test
    void a_unit_head_inbox_holds_only_their_units_reminders() {
        List<Reminder> mine = as("head.rma", () -> reminders.inbox(ReminderFilter.ACTIVE, 0, 100));
        assertThat(mine).isNotEmpty().allMatch(r -> r.unitCode().equals("XA-RMA"));
        // a unit head's unit filter cannot widen what they see
        assertThat(as("head.rma", () -> reminders.inbox(new ReminderFilter(Set.of(), null, "XA-RMB"), 0, 100)))
                .allMatch(r -> r.unitCode().equals("XA-RMA"));
    }

    @Test
    void the_matrix_covers_every_public_method_of_the_features_services() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> service : List.of(ReminderService.class, ReminderRunService.class, SettingsService.class)) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .map(Method::getName)
                    .forEach(name -> expected.add(service.getSimpleName() + "." + name));
        }
        assertThat(new TreeSet<>(CELLS.stream().map(Cell::method).toList())).isEqualTo(expected);
    }
}
