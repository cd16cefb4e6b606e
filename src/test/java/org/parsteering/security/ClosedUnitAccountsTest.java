package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.dossier.SignatureService;
import org.parsteering.plan.AssignmentView;
import org.parsteering.plan.ProgressService;
import org.parsteering.plan.TaskDetail;
import org.parsteering.plan.TaskDraft;
import org.parsteering.plan.TaskService;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderRunService;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.ReminderState;
import org.parsteering.support.IntegrationTest;
import org.parsteering.support.UnitChangeFixture;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of closed units (issue 12): a unit head whose unit a merger or an abolition closed can no longer act
 * for it — progress, reminders, signature figures — and is listed for the secretary, who moves the account to
 * another unit (where it acts at once) or locks it.
 */
@Transactional
class ClosedUnitAccountsTest extends IntegrationTest {

    @Autowired
    UserAdminService users;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderRunService run;

    @Autowired
    SignatureService signatures;

    @Autowired
    SignatureImportService signatureImport;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    UnitChangeService changes;

    @Autowired
    JdbcTemplate jdbc;

    UnitChangeFixture units;
    String a;
    String b;
    String n;
    String headA;
    LocalDate today;
    TaskDetail task;

    @BeforeEach
    void data() {
        units = new UnitChangeFixture(unitImport, changes, jdbc);
        String p = unique("CU").toUpperCase(Locale.ROOT);
        a = "XA-" + p + "A";
        b = "XA-" + p + "B";
        n = "XA-" + p + "N";
        headA = "head." + p.toLowerCase(Locale.ROOT) + "a";
        today = LocalDate.now(clock);
        as("secretary", () -> units.communes(a, b));
        units.head(headA, a);
        TaskDraft d = new TaskDraft();
        d.setCode(unique("CU-"));
        d.setTitle("Closed unit task");
        d.setFieldCode("CPDT");
        d.setDeadline(today.minusDays(1)); // overdue: a reminder for the unit
        d.setLeadUnitCode(a);
        d.setCoordinatingUnitCodes(Set.of());
        task = as("committee", () -> tasks.create(d));
    }

    private AssignmentView assignment(String unit) {
        return as("committee", () -> tasks.detail(task.code()).orElseThrow()).assignments().stream()
                .filter(x -> x.unitCode().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    private UserSummary account(String username) {
        return as("secretary", () -> users.search(username, null, org.springframework.data.domain.PageRequest.of(0, 5)))
                .stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private List<String> listed() {
        return as("secretary", () -> users.closedUnitAccounts()).stream()
                .map(UserSummary::username)
                .toList();
    }

    @Test
    void the_head_of_a_closed_unit_can_no_longer_act_for_it() {
        AssignmentView own = assignment(a);
        as(headA, () -> {
            progress.reportProgress(own.id(), own.version(), 10, "before");
        });
        as("secretary", () -> run.runChecks());
        Reminder reminder = as(
                        headA,
                        () -> reminders.inbox(
                                new ReminderFilter(EnumSet.noneOf(ReminderState.class), null, null), 0, 10))
                .get(0);

        as("secretary", () -> units.abolish(today, a));

        AssignmentView after = assignment(a);
        assertThat(after.status().isOpen()).isTrue(); // no successor: the work stays, listed for the committee
        assertThatThrownBy(() -> as(headA, () -> {
                    progress.reportProgress(after.id(), after.version(), 20, "after");
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(headA, () -> {
                    progress.reportComplete(after.id(), after.version(), "after");
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(headA, () -> {
                    signatures.save(a, YearMonth.of(2024, 4), 10, 9);
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(headA, () -> {
                    signatureImport.importFile(
                            ("unit_code,month,documents_issued,documents_signed\n" + a + ",2024-04,10,9\n")
                                    .getBytes(StandardCharsets.UTF_8),
                            "s.csv");
                }))
                .isInstanceOf(AccessDeniedException.class);
        // the merged unit's reminders were resolved by the change; acknowledging one is refused for the closed unit
        Reminder resolved = as("committee", () -> reminders.get(reminder.id()));
        assertThat(resolved.state()).isEqualTo(ReminderState.RESOLVED);
        assertThatThrownBy(() -> as(headA, () -> {
                    reminders.acknowledge(resolved.id(), resolved.version(), null);
                }))
                .isInstanceOf(AccessDeniedException.class);
        // the committee and the secretary still act for every unit
        as("committee", () -> {
            signatures.save(a, YearMonth.of(2024, 4), 10, 9);
        });
    }

    @Test
    void the_secretary_sees_the_accounts_of_closed_units_and_a_head_moved_to_the_successor_acts_there_at_once() {
        assertThat(listed()).doesNotContain(headA);

        as("secretary", () -> units.merge(today, n, a, b));

        assertThat(listed()).contains(headA).doesNotContain("head.noivu", "head.baison", "secretary");
        UserSummary before = account(headA);
        assertThat(as("secretary", () -> users.closedUnitAccounts()))
                .filteredOn(u -> u.username().equals(headA))
                .extracting(UserSummary::unitCode)
                .containsExactly(a);
        AssignmentView carried = assignment(n);
        assertThatThrownBy(() -> as(headA, () -> {
                    progress.reportProgress(carried.id(), carried.version(), 30, "not my unit yet");
                }))
                .isInstanceOf(AccessDeniedException.class);

        UserDraft move = UserDraft.edit(before);
        move.setUnitCode(n);
        as("secretary", () -> users.update(move));

        assertThat(listed()).doesNotContain(headA);
        as(headA, () -> {
            progress.reportProgress(carried.id(), carried.version(), 30, "carried on");
        });
        assertThat(assignment(n).progress()).isEqualTo(30);
    }

    @Test
    void a_locked_account_of_a_closed_unit_is_no_longer_listed() {
        as("secretary", () -> units.merge(today, n, a, b));
        assertThat(listed()).contains(headA);

        as("secretary", () -> users.lock(account(headA).id()));

        assertThat(listed()).doesNotContain(headA);
    }

    @Test
    void only_the_secretary_lists_the_accounts_of_closed_units() {
        for (String other : List.of("committee", "inspector", "head.noivu")) {
            assertThatThrownBy(() -> as(other, () -> users.closedUnitAccounts()))
                    .as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
