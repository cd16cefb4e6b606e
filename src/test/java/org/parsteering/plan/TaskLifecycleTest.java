package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditEntry;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The task rules of SPEC 2 and of the task-board issue, on an injected clock (15 May 2024). */
@Transactional
class TaskLifecycleTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    AuditService audit;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    TaskDetail createTask(String lead, LocalDate deadline, String... coordinating) {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("T-"));
        d.setTitle("Số hóa hồ sơ TTHC");
        d.setFieldCode("TTHC");
        d.setDeadline(deadline);
        d.setLeadUnitCode(lead);
        d.setCoordinatingUnitCodes(Set.of(coordinating));
        return as("committee", () -> tasks.create(d));
    }

    AssignmentView assignment(String taskCode, String unit) {
        return tasks.detail(taskCode).orElseThrow().assignments().stream()
                .filter(a -> a.unitCode().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    TaskDetail task(String code) {
        return as("inspector", () -> tasks.detail(code).orElseThrow());
    }

    @Test
    void a_new_task_has_one_lead_and_its_coordinating_units_all_not_started() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(30), "PB-NOIVU", "XA-BACSON");
        assertThat(t.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(t.assignments())
                .extracting(AssignmentView::unitCode, AssignmentView::lead)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple("XA-BAISON", true),
                        org.assertj.core.api.Assertions.tuple("PB-NOIVU", false),
                        org.assertj.core.api.Assertions.tuple("XA-BACSON", false));
    }

    @Test
    void the_lead_reports_progress_then_completion_and_the_committee_accepts_on_time() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));

        AssignmentView started =
                as("head.baison", () -> progress.reportProgress(a.id(), a.version(), 40, "Đã số hóa 40 %"));
        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task(t.code()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task(t.code()).progress()).isEqualTo(40);

        AssignmentView completed = as("head.baison", () -> progress.reportComplete(a.id(), started.version(), "Xong"));
        assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(completed.progress()).isEqualTo(100);

        AssignmentView done = as("committee", () -> progress.accept(a.id(), completed.version(), null));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.doneLate()).isFalse();
        assertThat(task(t.code()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(task(t.code()).history())
                .extracting(ReportView::kind)
                .containsExactly("ACCEPTED", "COMPLETION", "PROGRESS");
    }

    @Test
    void the_committees_comment_on_accepting_is_kept_in_the_history_and_a_blank_one_is_none() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        AssignmentView completed = as("head.baison", () -> progress.reportComplete(a.id(), a.version(), "Xong"));
        as("committee", () -> progress.accept(a.id(), completed.version(), "  Đạt yêu cầu, lưu hồ sơ  "));
        assertThat(task(t.code()).history().getFirst().kind()).isEqualTo("ACCEPTED");
        assertThat(task(t.code()).history().getFirst().note()).isEqualTo("Đạt yêu cầu, lưu hồ sơ");

        TaskDetail other = createTask("XA-BAISON", today().plusDays(10));
        AssignmentView b = as("head.baison", () -> assignment(other.code(), "XA-BAISON"));
        AssignmentView done = as("head.baison", () -> progress.reportComplete(b.id(), b.version(), null));
        as("committee", () -> progress.accept(b.id(), done.version(), "   "));
        assertThat(task(other.code()).history().getFirst().note()).isNull();
    }

    @Test
    void accepting_the_lead_closes_the_coordinating_units_parts_so_nothing_of_a_done_task_is_overdue() {
        TaskDetail t = createTask("PB-NOIVU", today().plusDays(3), "XA-BAISON");
        AssignmentView lead = as("committee", () -> assignment(t.code(), "PB-NOIVU"));
        AssignmentView completed = as("head.noivu", () -> progress.reportComplete(lead.id(), lead.version(), null));
        as("committee", () -> progress.accept(lead.id(), completed.version(), null));
        clock.advance(Duration.ofDays(10));
        AssignmentView coordinating = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        assertThat(coordinating.status()).isEqualTo(TaskStatus.DONE);
        assertThat(coordinating.overdue()).isFalse();
        assertThat(coordinating.doneLate()).isFalse();
    }

    @Test
    void accepted_after_the_deadline_keeps_a_permanent_done_late_mark() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(2));
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        AssignmentView completed = as("head.baison", () -> progress.reportComplete(a.id(), a.version(), null));
        clock.advance(Duration.ofDays(5));
        AssignmentView done = as("secretary", () -> progress.accept(a.id(), completed.version(), null));
        assertThat(done.doneLate()).isTrue();
        assertThat(done.overdue()).as("done is never overdue").isFalse();
        clock.advance(Duration.ofDays(400));
        assertThat(as("inspector", () -> assignment(t.code(), "XA-BAISON")).doneLate())
                .isTrue();
    }

    @Test
    void a_returned_report_goes_back_to_in_progress_with_the_reason_for_the_unit() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        AssignmentView completed = as("head.baison", () -> progress.reportComplete(a.id(), a.version(), null));
        assertThatThrownBy(() -> as("committee", () -> progress.returnReport(a.id(), completed.version(), " ")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.returnReason");
        AssignmentView returned =
                as("committee", () -> progress.returnReport(a.id(), completed.version(), "Thiếu biên bản nghiệm thu"));
        assertThat(returned.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        AssignmentView seenByUnit = as("head.baison", () -> progress.myAssignments()).stream()
                .filter(x -> x.id() == a.id())
                .findFirst()
                .orElseThrow();
        assertThat(seenByUnit.returnReason()).isEqualTo("Thiếu biên bản nghiệm thu");
    }

    @Test
    void transitions_outside_spec_2_are_refused() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        // accept before any completion report
        assertThatThrownBy(() -> as("committee", () -> progress.accept(a.id(), a.version(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.transition");
        assertThatThrownBy(() -> as("committee", () -> progress.returnReport(a.id(), a.version(), "x")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.transition");
        // percent out of range
        assertThatThrownBy(() -> as("head.baison", () -> progress.reportProgress(a.id(), a.version(), 101, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.percent");
        assertThatThrownBy(() -> as("head.baison", () -> progress.reportProgress(a.id(), a.version(), -1, null)))
                .isInstanceOf(BusinessException.class);
        // done cannot be cancelled
        AssignmentView c = as("head.baison", () -> progress.reportComplete(a.id(), a.version(), null));
        as("committee", () -> progress.accept(a.id(), c.version(), null));
        TaskDetail done = task(t.code());
        assertThatThrownBy(() -> as("committee", () -> tasks.cancel(t.code(), done.version(), "no longer needed")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.cancelDone");
    }

    @Test
    void a_coordinating_unit_reports_progress_but_never_completion() {
        TaskDetail t = createTask("PB-NOIVU", today().plusDays(10), "XA-BAISON");
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        AssignmentView p =
                as("head.baison", () -> progress.reportProgress(a.id(), a.version(), 100, "Phần việc của xã đã xong"));
        assertThat(p.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> as("head.baison", () -> progress.reportComplete(a.id(), p.version(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.onlyLeadCompletes");
        assertThat(task(t.code()).status())
                .as("work started by a coordinating unit")
                .isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void a_unit_head_may_report_only_on_their_own_units_assignment() {
        TaskDetail t = createTask("PB-NOIVU", today().plusDays(10), "XA-BAISON");
        AssignmentView noiVu = as("committee", () -> assignment(t.code(), "PB-NOIVU"));
        assertThatThrownBy(
                        () -> as("head.baison", () -> progress.reportProgress(noiVu.id(), noiVu.version(), 10, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("head.baison", () -> progress.reportComplete(noiVu.id(), noiVu.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("committee", () -> assignment(t.code(), "PB-NOIVU")).status())
                .isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void overdue_and_due_soon_are_derived_from_the_deadline_and_the_clock() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(7));
        assertThat(t.dueSoon()).isTrue();
        assertThat(t.overdue()).isFalse();
        clock.advance(Duration.ofDays(7));
        assertThat(task(t.code()).overdue()).as("on the deadline day").isFalse();
        clock.advance(Duration.ofDays(1));
        TaskDetail late = task(t.code());
        assertThat(late.overdue()).isTrue();
        assertThat(late.dueSoon()).isFalse();
        assertThat(late.status()).as("overdue is not a stored status").isEqualTo(TaskStatus.NOT_STARTED);
        TaskDetail farAway = createTask("XA-BAISON", today().plusDays(30));
        assertThat(farAway.dueSoon()).isFalse();
    }

    @Test
    void a_changed_deadline_needs_a_reason_that_goes_into_the_history() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        TaskDraft d = t.toDraft();
        d.setDeadline(today().plusDays(40));
        assertThatThrownBy(() -> as("committee", () -> tasks.update(d, "")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.deadlineReason");
        as("committee", () -> tasks.update(d, "Chờ kinh phí bổ sung"));
        assertThat(task(t.code()).deadline()).isEqualTo(today().plusDays(40));
        assertThat(audit.history("TASK", t.code(), 50))
                .extracting(AuditEntry::field, AuditEntry::newValue)
                .contains(
                        org.assertj.core.api.Assertions.tuple("deadlineReason", "Chờ kinh phí bổ sung"),
                        org.assertj.core.api.Assertions.tuple(
                                "deadline", today().plusDays(40).toString()));
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        TaskDraft mine = t.toDraft();
        TaskDraft theirs = t.toDraft();
        theirs.setTitle("Tiêu đề của người thứ nhất");
        as("secretary", () -> tasks.update(theirs, null));
        mine.setTitle("Tiêu đề của người thứ hai");
        assertThatThrownBy(() -> as("committee", () -> tasks.update(mine, null)))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(
                        e -> assertThat(((ConcurrentEditException) e).getArgs()).containsExactly("secretary"));
        assertThat(task(t.code()).title()).isEqualTo("Tiêu đề của người thứ nhất");
    }

    @Test
    void a_cancelled_task_takes_no_more_reports() {
        TaskDetail t = createTask("XA-BAISON", today().plusDays(10));
        as("committee", () -> tasks.cancel(t.code(), t.version(), "Trùng với nhiệm vụ khác"));
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        assertThat(a.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThatThrownBy(() -> as("head.baison", () -> progress.reportProgress(a.id(), a.version(), 10, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.closed");
    }

    @Test
    void a_unit_that_has_started_cannot_be_taken_off_the_task() {
        TaskDetail t = createTask("PB-NOIVU", today().plusDays(10), "XA-BAISON");
        AssignmentView a = as("head.baison", () -> assignment(t.code(), "XA-BAISON"));
        as("head.baison", () -> progress.reportProgress(a.id(), a.version(), 30, null));
        TaskDraft d = task(t.code()).toDraft();
        d.setCoordinatingUnitCodes(Set.of("XA-BACSON"));
        assertThatThrownBy(() -> as("committee", () -> tasks.update(d, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.unassignStarted");
    }

    @Test
    void the_board_filters_by_unit_status_overdue_and_text() {
        TaskDetail t = createTask("XA-BAISON", today().minusDays(3));
        BoardFilter overdueForBaiSon = new BoardFilter(null, "XA-BAISON", null, null, true, t.code());
        assertThat(as(
                                "inspector",
                                () -> tasks.board(
                                        overdueForBaiSon, org.springframework.data.domain.PageRequest.of(0, 10)))
                        .getContent())
                .extracting(TaskCard::code)
                .containsExactly(t.code());
        BoardFilter doneOnly = new BoardFilter(null, "XA-BAISON", null, Set.of(TaskStatus.DONE), false, t.code());
        assertThat(as("inspector", () -> tasks.board(doneOnly, org.springframework.data.domain.PageRequest.of(0, 10)))
                        .getContent())
                .isEmpty();
        assertThat(as("inspector", () -> tasks.countByStatus(overdueForBaiSon)))
                .containsEntry(TaskStatus.NOT_STARTED, 1L);
    }
}
