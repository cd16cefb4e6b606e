package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Acknowledge, escalate by hand, close with a note; concurrent edits; the thresholds screen's rules. */
@Transactional
class ReminderActionsTest extends IntegrationTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderRunService run;

    @Autowired
    SettingsService settings;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Reminder reminder;

    @BeforeEach
    void data() {
        as("secretary", () -> ReminderTestData.load(context));
        as("committee", () -> run.runChecks());
        reminder = as("head.rma", () -> reminders.inbox(ReminderFilter.ACTIVE, 0, 1))
                .getFirst();
    }

    @Test
    void the_unit_head_acknowledges_with_a_note_and_the_history_shows_who_and_why() {
        Reminder acknowledged =
                as("head.rma", () -> reminders.acknowledge(reminder.id(), reminder.version(), "  Đã giao xử lý  "));
        assertThat(acknowledged.state()).isEqualTo(ReminderState.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("head.rma");
        assertThat(as("head.rma", () -> reminders.history(reminder.id())))
                .extracting(ReminderEvent::actor, ReminderEvent::action, ReminderEvent::note)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("committee", "RAISED", null),
                        org.assertj.core.api.Assertions.tuple("head.rma", "ACKNOWLEDGED", "Đã giao xử lý"));
        assertThat(as("head.rma", () -> reminders.openCount()))
                .isEqualTo(as("head.rma", () -> reminders.count(ReminderFilter.ACTIVE)) - 1);
    }

    @Test
    void a_stale_copy_is_refused_and_the_first_change_is_kept() {
        as("committee", () -> reminders.escalate(reminder.id(), reminder.version(), "Báo cáo phiên họp"));
        assertThatThrownBy(() -> as("head.rma", () -> reminders.acknowledge(reminder.id(), reminder.version(), null)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("error.concurrentEdit");
        assertThat(as("committee", () -> reminders.get(reminder.id())).state()).isEqualTo(ReminderState.ESCALATED);
    }

    @Test
    void closing_needs_a_note_and_a_closed_reminder_takes_no_more_actions() {
        assertThatThrownBy(() -> as("committee", () -> reminders.close(reminder.id(), reminder.version(), "  ")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reminder.error.noteRequired");
        Reminder closed =
                as("committee", () -> reminders.close(reminder.id(), reminder.version(), "Đã xử lý tại cuộc họp"));
        assertThat(closed.state()).isEqualTo(ReminderState.RESOLVED);
        assertThat(closed.resolvedBy()).isEqualTo("committee");
        assertThatThrownBy(() -> as("head.rma", () -> reminders.acknowledge(closed.id(), closed.version(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reminder.error.notOpen");
        assertThatThrownBy(() -> as("committee", () -> reminders.escalate(closed.id(), closed.version(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reminder.error.notEscalatable");
    }

    @Test
    void thresholds_are_validated_and_every_change_is_audited() {
        assertThatThrownBy(() -> as("secretary", () -> settings.update(new Thresholds(101, 90, 90, 30, 7, 30, 5))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("settings.error.rate");
        assertThatThrownBy(() -> as("secretary", () -> settings.update(new Thresholds(95, 90, 90, -1, 7, 30, 5))))
                .hasMessageContaining("settings.error.rate");
        assertThatThrownBy(() -> as("secretary", () -> settings.update(new Thresholds(95, 90, 90, 30, 0, 30, 5))))
                .hasMessageContaining("settings.error.days");
        assertThat(as("secretary", () -> settings.thresholds())).isEqualTo(Thresholds.DEFAULTS);

        Thresholds saved = as("secretary", () -> settings.update(new Thresholds(96.5, 90, 90, 30, 10, 30, 5)));
        assertThat(saved.onTime()).isEqualTo(96.5);
        assertThat(saved.dueSoonDays()).isEqualTo(10);
        assertThat(audit.history(SettingsService.AUDIT_TYPE, SettingsService.AUDIT_KEY, 10))
                .extracting(e -> e.field() + ":" + e.oldValue() + "→" + e.newValue() + " by " + e.actor())
                .containsExactlyInAnyOrder("onTime:95→96.5 by secretary", "dueSoonDays:7→10 by secretary");
        List<String> stored = jdbc.queryForList("select name from setting order by name", String.class);
        assertThat(stored).containsExactly("dueSoonDays", "onTime");
    }
}
