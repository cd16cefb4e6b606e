package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed plan is read-only in every service path (no task create, edit, cancel, progress, completion, review
 * or import row into it) and still readable on the board and in the completion figures.
 */
@Transactional
@WithUserDetails("inspector")
class ClosedPlanTest extends IntegrationTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    CompletionService completion;

    TaskDetail task;
    AssignmentView lead;
    PlanSummary old;

    /** A task of 2021–2025 with a completion report waiting; then 2026–2030 becomes current and 2021–2025 closes. */
    @BeforeEach
    void closeTheOldPlan() {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("CL-"));
        d.setTitle("Task of the old plan");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.now(clock).plusDays(20));
        d.setLeadUnitCode("XA-BAISON");
        d.setCoordinatingUnitCodes(Set.of("PB-NOIVU"));
        task = as("committee", () -> tasks.create(d));
        as(
                "head.baison",
                () -> progress.reportComplete(leadOf(task).id(), leadOf(task).version(), "done"));
        task = tasks.detail(task.code()).orElseThrow();
        lead = leadOf(task);
        as("secretary", () -> {
            plans.create("2026-2030", "Kế hoạch CCHC 2026–2030", 2026, 2030);
            plans.makeCurrent("2026-2030");
            old = plans.close("2021-2025", plans.find("2021-2025").orElseThrow().version());
        });
    }

    private static AssignmentView leadOf(TaskDetail t) {
        return t.assignments().stream().filter(AssignmentView::lead).findFirst().orElseThrow();
    }

    private static void refusedAsClosed(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("plan.error.closed");
    }

    @Test
    void closing_records_who_and_when_and_the_plan_stays_readable() {
        assertThat(old.closed()).isTrue();
        assertThat(old.closedBy()).isEqualTo("secretary");
        assertThat(old.closedAt()).isEqualTo(clock.instant());
        TaskDetail read = as("inspector", () -> tasks.detail(task.code()).orElseThrow());
        assertThat(read.planClosed()).isTrue();
        assertThat(read.planCode()).isEqualTo("2021-2025");
        BoardFilter oldBoard = BoardFilter.all().inPlan("2021-2025");
        assertThat(as("inspector", () -> tasks.count(oldBoard))).isGreaterThan(50);
        assertThat(as("inspector", () -> tasks.cards(oldBoard, PageRequest.of(0, 500))))
                .anyMatch(c -> c.code().equals(task.code()));
        assertThat(as("inspector", () -> tasks.count(BoardFilter.all())))
                .as("the current plan's board is the new, empty one")
                .isZero();
        var report = as(
                "committee",
                () -> completion.completion(
                        LocalDate.now(clock), LocalDate.now(clock).plusDays(30), null, java.util.Locale.ENGLISH));
        assertThat(report.overall().total())
                .as("a closed plan is still reported")
                .isPositive();
    }

    @Test
    void no_task_of_a_closed_plan_can_be_edited_or_cancelled() {
        refusedAsClosed(() -> as("committee", () -> tasks.update(task.toDraft(), null)));
        refusedAsClosed(() -> as("committee", () -> tasks.cancel(task.code(), task.version(), "too late")));
    }

    @Test
    void no_progress_completion_or_review_reaches_a_closed_plan() {
        AssignmentView other =
                task.assignments().stream().filter(a -> !a.lead()).findFirst().orElseThrow();
        refusedAsClosed(() -> as("head.noivu", () -> progress.reportProgress(other.id(), other.version(), 50, "x")));
        refusedAsClosed(() -> as("head.noivu", () -> progress.reportComplete(other.id(), other.version(), "x")));
        refusedAsClosed(() -> as("committee", () -> progress.accept(lead.id(), lead.version(), null)));
        refusedAsClosed(() -> as("committee", () -> progress.returnReport(lead.id(), lead.version(), "no")));
    }

    @Test
    void no_task_is_created_in_a_closed_plan_and_the_current_plan_cannot_be_closed() {
        // the current plan is never closed: closing it is refused, so a new task always lands in an open plan
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> plans.close(
                                "2026-2030",
                                plans.find("2026-2030").orElseThrow().version())))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("plan.error.closeCurrent");
        assertThatThrownBy(() -> as("secretary", () -> plans.makeCurrent("2021-2025")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("plan.error.closedNotCurrent");
        PlanSummary current = plans.find("2026-2030").orElseThrow();
        assertThat(current.closed()).isFalse();
    }

    @Test
    void an_import_row_that_changes_a_task_of_a_closed_plan_is_a_row_error_and_nothing_is_written() {
        String csv = "task_code,title,field,lead_unit,deadline\n" + "NEW-" + task.code()
                + ",New task,TTHC,XA-BAISON,2026-06-30\n" + task.code() + ",Changed title,TTHC,XA-BAISON,"
                + task.deadline() + "\n";
        assertThatThrownBy(() ->
                        as("committee", () -> taskImport.importFile(csv.getBytes(StandardCharsets.UTF_8), "tasks.csv")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors()).singleElement().satisfies(r -> {
                            assertThat(r.line()).isEqualTo(3);
                            assertThat(r.messageKey()).isEqualTo("import.error.planClosed");
                        }));
        assertThat(tasks.detail("NEW-" + task.code())).isEmpty();
        assertThat(tasks.detail(task.code()).orElseThrow().title()).isEqualTo("Task of the old plan");
    }

    @Test
    void a_closed_plan_reopens_only_with_a_reason_and_then_takes_changes_again() {
        assertThatThrownBy(() -> as("secretary", () -> plans.reopen("2021-2025", old.version(), " ")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("plan.error.reopenReason");
        assertThatThrownBy(() -> as("secretary", () -> plans.reopen("2021-2025", old.version() - 1, "fix")))
                .as("a stale copy of the plan")
                .isInstanceOf(org.parsteering.base.ConcurrentEditException.class);
        PlanSummary reopened = as("secretary", () -> plans.reopen("2021-2025", old.version(), "Q4 report to fix"));
        assertThat(reopened.closed()).isFalse();
        AssignmentView accepted = as("committee", () -> progress.accept(lead.id(), lead.version(), null));
        assertThat(accepted.status()).isEqualTo(TaskStatus.DONE);
    }

    @Autowired
    org.parsteering.reminder.ReminderRunService reminderRuns;

    @Autowired
    org.parsteering.reminder.ReminderService reminders;

    @Test
    void a_closed_plans_work_is_neither_listed_as_due_nor_chased_by_reminders() {
        assertThat(as("committee", () -> completion.dueWithin(30, "XA-BAISON", 100)))
                .noneMatch(d -> d.taskCode().equals(task.code()));
        clock.set(clock.instant().plus(java.time.Duration.ofDays(40))); // the task is overdue now
        as("committee", () -> reminderRuns.runChecks());
        var raised = as(
                "committee",
                () -> reminders.inbox(
                        new org.parsteering.reminder.ReminderFilter(
                                Set.of(org.parsteering.reminder.ReminderState.values()), null, "PB-NOIVU"),
                        0,
                        500));
        assertThat(raised).noneMatch(r -> task.code().equals(r.subject()));
    }

    @Test
    void the_fields_of_a_closed_plan_cannot_change() {
        FieldSummary f = plans.fields(old.id()).getFirst();
        refusedAsClosed(() -> as(
                "secretary", () -> plans.updateField(f.id(), f.version(), new FieldDraft(null, "x", "y", null, null))));
        refusedAsClosed(() -> as("secretary", () -> plans.moveField(f.id(), f.version(), 1)));
        refusedAsClosed(() ->
                as("secretary", () -> plans.addField(old.id(), new FieldDraft("CDS", "Digital", "Số", null, null))));
    }
}
