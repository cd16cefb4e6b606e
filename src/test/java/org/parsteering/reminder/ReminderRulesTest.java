package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** SPEC 4: every rule on both sides of its threshold and window; idempotent runs; clearing, returning, escalating. */
@Transactional
class ReminderRulesTest extends IntegrationTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderRunService runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void data() {
        as("secretary", () -> ReminderTestData.load(context));
    }

    private List<Reminder> of(String unit) {
        return as(
                "committee",
                () -> reminders.inbox(new ReminderFilter(Set.of(ReminderState.values()), null, unit), 0, 100));
    }

    private RunResult run() {
        return as("committee", () -> runs.runChecks());
    }

    @Test
    void each_rule_raises_on_one_side_of_its_threshold_or_window_and_not_on_the_other() {
        run();
        assertThat(of("XA-RMA"))
                .extracting(Reminder::rule, Reminder::subject, Reminder::state)
                .containsExactlyInAnyOrder(
                        tuple(ReminderRule.TASK_DUE_SOON, "RM-DS-A", ReminderState.OPEN),
                        tuple(ReminderRule.TASK_OVERDUE, "RM-OD-A", ReminderState.OPEN),
                        tuple(ReminderRule.TASK_STALE, "RM-ST-A", ReminderState.OPEN),
                        tuple(ReminderRule.LATE_DOSSIERS, "2024-Q2", ReminderState.OPEN),
                        tuple(ReminderRule.LOW_DIGITISATION, "2024-Q2", ReminderState.OPEN),
                        tuple(ReminderRule.LOW_ONLINE_PAYMENT, "2024-Q2", ReminderState.OPEN),
                        tuple(ReminderRule.LOW_SIGNATURE_USE, "2024-04", ReminderState.OPEN));
        // B: due today is "due soon" (not overdue); every figure sits exactly on its threshold.
        assertThat(of("XA-RMB"))
                .extracting(Reminder::rule, Reminder::subject)
                .containsExactly(tuple(ReminderRule.TASK_DUE_SOON, "RM-OD-B"));

        Reminder late = of("XA-RMA").stream()
                .filter(r -> r.rule() == ReminderRule.LATE_DOSSIERS)
                .findFirst()
                .orElseThrow();
        assertThat(late.itemCount()).isEqualTo(1);
        assertThat(late.codes()).containsExactly("RMA-1");
        assertThat(late.severity()).isEqualTo(Severity.CRITICAL);
        // the on-time figure of the quarter, from the figures page's aggregate: 9 on time of 10 handled
        assertThat(List.of(late.numerator(), late.denominator())).containsExactly(9L, 10L);
        Reminder signatures = of("XA-RMA").stream()
                .filter(r -> r.rule() == ReminderRule.LOW_SIGNATURE_USE)
                .findFirst()
                .orElseThrow();
        assertThat(List.of(signatures.numerator(), signatures.denominator())).containsExactly(89L, 100L);
        assertThat(ReminderTexts.describe(signatures, java.util.Locale.ENGLISH))
                .isEqualTo(
                        "Leaders’ digital-signature rate of 04/2024: 89.0 % (89 / 100 documents signed), below the threshold.");
    }

    @Test
    void running_twice_raises_nothing_new_and_keeps_one_reminder_per_rule_unit_and_subject() {
        RunResult first = run();
        assertThat(first.raised()).isGreaterThanOrEqualTo(8);
        List<Long> ids = of("XA-RMA").stream().map(Reminder::id).toList();
        RunResult second = run();
        assertThat(second.raised()).isZero();
        assertThat(second.resolved()).isZero();
        assertThat(second.stillOpen()).isEqualTo(first.raised() + first.stillOpen());
        assertThat(of("XA-RMA")).extracting(Reminder::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select rule, unit_id, subject from reminder where state <> 'RESOLVED'"
                                + " group by rule, unit_id, subject having count(*) > 1) x",
                        Long.class))
                .isZero();
    }

    @Test
    void a_cleared_condition_resolves_its_reminder_and_a_returning_one_raises_a_new_reminder() {
        run();
        Reminder overdue = find("XA-RMA", ReminderRule.TASK_OVERDUE);
        ReminderTestData.setStatus(jdbc, "RM-OD-A", "DONE");
        RunResult cleared = run();
        assertThat(cleared.resolved()).isGreaterThanOrEqualTo(1);
        Reminder resolved = as("committee", () -> reminders.get(overdue.id()));
        assertThat(resolved.state()).isEqualTo(ReminderState.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo("system");
        assertThat(as("committee", () -> reminders.history(overdue.id())))
                .extracting(ReminderEvent::action, ReminderEvent::note)
                .containsExactly(tuple("RAISED", null), tuple("RESOLVED", ReminderRunService.NOTE_CLEARED));

        ReminderTestData.setStatus(jdbc, "RM-OD-A", "IN_PROGRESS");
        RunResult back = run();
        assertThat(back.raised()).isEqualTo(1);
        Reminder again = find("XA-RMA", ReminderRule.TASK_OVERDUE);
        assertThat(again.id()).isNotEqualTo(overdue.id());
        assertThat(again.state()).isEqualTo(ReminderState.OPEN);
    }

    @Test
    void open_past_the_escalation_period_escalates_but_an_acknowledged_reminder_does_not() {
        run();
        Reminder signatures = find("XA-RMA", ReminderRule.LOW_SIGNATURE_USE);
        Reminder digitisation = find("XA-RMA", ReminderRule.LOW_DIGITISATION);
        as("head.rma", () -> reminders.acknowledge(digitisation.id(), digitisation.version(), "Đang số hóa bù"));

        clock.set(TestClockConfig.START.plus(Duration.ofDays(5)));
        run();
        assertThat(as("committee", () -> reminders.get(signatures.id())).state())
                .as("exactly 5 days is not past 5 days")
                .isEqualTo(ReminderState.OPEN);

        clock.set(TestClockConfig.START.plus(Duration.ofDays(5)).plusSeconds(60));
        RunResult later = run();
        assertThat(later.escalated()).isGreaterThanOrEqualTo(1);
        assertThat(as("committee", () -> reminders.get(signatures.id())).state())
                .isEqualTo(ReminderState.ESCALATED);
        assertThat(as("committee", () -> reminders.get(digitisation.id())).state())
                .isEqualTo(ReminderState.ACKNOWLEDGED);
        // escalated ones come first in the committee's inbox
        assertThat(as("committee", () -> reminders.inbox(ReminderFilter.ACTIVE, 0, 1)))
                .extracting(Reminder::state)
                .containsExactly(ReminderState.ESCALATED);
    }

    @Test
    void the_thresholds_are_settings_a_higher_one_raises_what_the_default_did_not() {
        run();
        assertThat(of("XA-RMB")).extracting(Reminder::rule).doesNotContain(ReminderRule.LOW_SIGNATURE_USE);
        as("secretary", () -> settings.update(new org.parsteering.settings.Thresholds(95, 95, 90, 30, 7, 30, 5)));
        run();
        assertThat(of("XA-RMB")).extracting(Reminder::rule).contains(ReminderRule.LOW_SIGNATURE_USE);
    }

    @Test
    void an_overdue_assignment_gets_the_overdue_reminder_but_not_also_the_stale_one() {
        // RM-OD-A (due 14 May) is in progress with its last report 44 days ago: overdue and stale at once.
        ReminderTestData.setReport(jdbc, "RM-OD-A", java.time.Instant.parse("2024-04-01T03:00:00Z"));
        run();
        assertThat(of("XA-RMA"))
                .filteredOn(r -> r.subject().equals("RM-OD-A"))
                .extracting(Reminder::rule)
                .containsExactly(ReminderRule.TASK_OVERDUE);
    }

    @Test
    void a_stale_reminder_is_resolved_when_its_assignment_becomes_overdue() {
        run();
        Reminder stale = find("XA-RMA", ReminderRule.TASK_STALE);
        assertThat(stale.subject()).isEqualTo("RM-ST-A");
        jdbc.update("update assignment set deadline = '2024-05-10'"
                + " where task_id = (select id from task where code = 'RM-ST-A')");
        run();
        assertThat(as("committee", () -> reminders.get(stale.id())).state()).isEqualTo(ReminderState.RESOLVED);
        assertThat(as("committee", () -> reminders.history(stale.id())))
                .extracting(ReminderEvent::action, ReminderEvent::note)
                .containsExactly(tuple("RAISED", null), tuple("RESOLVED", ReminderRunService.NOTE_NOW_OVERDUE));
        assertThat(of("XA-RMA"))
                .filteredOn(r -> r.subject().equals("RM-ST-A") && r.state() != ReminderState.RESOLVED)
                .extracting(Reminder::rule)
                .containsExactly(ReminderRule.TASK_OVERDUE);
    }

    @Test
    void posting_progress_resolves_the_assignments_stale_reminder_at_once_not_at_the_next_run() {
        run();
        Reminder stale = find("XA-RMA", ReminderRule.TASK_STALE);
        var row = jdbc.queryForMap(
                "select a.id, a.version from assignment a join task t on t.id = a.task_id where t.code = 'RM-ST-A'");
        as(
                "head.rma",
                () -> progress.reportProgress(
                        ((Number) row.get("id")).longValue(),
                        ((Number) row.get("version")).longValue(),
                        40,
                        "Đã họp triển khai"));
        // no run in between
        Reminder after = as("committee", () -> reminders.get(stale.id()));
        assertThat(after.state()).isEqualTo(ReminderState.RESOLVED);
        assertThat(after.resolvedBy()).isEqualTo("head.rma");
        assertThat(as("committee", () -> reminders.history(stale.id())))
                .extracting(ReminderEvent::action, ReminderEvent::actor, ReminderEvent::note)
                .containsExactly(
                        tuple("RAISED", "committee", null),
                        tuple("RESOLVED", "head.rma", ReminderRunService.NOTE_PROGRESS));
        // the next run finds nothing stale there and raises nothing new for it
        run();
        assertThat(of("XA-RMA"))
                .filteredOn(r -> r.rule() == ReminderRule.TASK_STALE && r.state() != ReminderState.RESOLVED)
                .isEmpty();
    }

    @Autowired
    org.parsteering.plan.ProgressService progress;

    @Autowired
    org.parsteering.settings.SettingsService settings;

    private Reminder find(String unit, ReminderRule rule) {
        return of(unit).stream()
                .filter(r -> r.rule() == rule && r.state() != ReminderState.RESOLVED)
                .findFirst()
                .orElseThrow();
    }
}
