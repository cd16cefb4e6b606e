package org.parsteering.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parsteering.plan.AssignmentView;
import org.parsteering.plan.ProgressService;
import org.parsteering.plan.TaskCard;
import org.parsteering.plan.TaskDetail;
import org.parsteering.plan.TaskDraft;
import org.parsteering.plan.TaskService;
import org.parsteering.plan.TaskStatus;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The task board, the task page and "my unit", driven through their real components. */
class TaskViewsTest extends KaribuTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    private void go(String location) {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent()
                .navigate(
                        parts[0],
                        parts.length == 1
                                ? com.vaadin.flow.router.QueryParameters.empty()
                                : com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    @WithUserDetails("inspector")
    void filters_come_from_the_url_so_a_filtered_board_can_be_shared() {
        go("tasks?field=TTHC&status=DONE&view=grid");
        TaskBoardView view = _get(TaskBoardView.class);
        assertThat(view.field.getValue()).isEqualTo("TTHC");
        assertThat(view.statuses.getValue()).containsExactly(TaskStatus.DONE);
        assertThat(view.mode.getValue()).isEqualTo("grid");
        assertThat(view.grid.isVisible()).isTrue();
        int rows = GridKt._size(view.grid);
        assertThat(rows).isPositive();
        for (int i = 0; i < rows; i++) {
            TaskCard card = GridKt._get(view.grid, i);
            assertThat(card.status()).isEqualTo(TaskStatus.DONE);
            assertThat(card.fieldCode()).isEqualTo("TTHC");
        }
        assertThat(view.toQuery().getQueryString())
                .contains("field=TTHC")
                .contains("status=DONE")
                .contains("view=grid");
    }

    @Test
    @WithUserDetails("inspector")
    void the_board_shows_a_column_per_status_with_counts_and_the_inspector_cannot_create() {
        go("tasks");
        TaskBoardView view = _get(TaskBoardView.class);
        assertThat(view.board.isVisible()).isTrue();
        assertThat(view.board.getChildren().count()).isEqualTo(TaskStatus.values().length);
        assertThat(_find(Button.class, spec -> spec.withId("task-create"))).isEmpty();
    }

    @Test
    @WithUserDetails("committee")
    void the_committee_creates_a_task_through_the_form_and_lands_on_its_page() {
        String code = unique("UI-").toUpperCase();
        go("tasks");
        _get(Button.class, spec -> spec.withId("task-create")).click();
        TaskFormDialog dialog = _get(TaskFormDialog.class);
        dialog.code.setValue(code);
        dialog.title.setValue("Triển khai chữ ký số cho lãnh đạo xã");
        dialog.field.setValue("CPDT");
        dialog.deadline.setValue(LocalDate.now(clock).plusDays(20));
        dialog.lead.setValue("XA-BAISON");
        dialog.coordinating.setValue(Set.of("PB-VHTT"));
        dialog.save.click();
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(TaskDetailView.class)).hasSize(1);
        TaskDetail created = tasks.detail(code).orElseThrow();
        assertThat(created.assignments())
                .extracting(AssignmentView::unitCode)
                .containsExactlyInAnyOrder("XA-BAISON", "PB-VHTT");
    }

    @Test
    @WithUserDetails("head.baison")
    void the_unit_head_reports_progress_from_my_unit() {
        TaskDraft d = new TaskDraft();
        String code = unique("MU-").toUpperCase();
        d.setCode(code);
        d.setTitle("Báo cáo tiến độ thử");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.now(clock).minusDays(2));
        d.setLeadUnitCode("XA-BAISON");
        as("committee", () -> tasks.create(d));

        go("my-unit");
        MyUnitView view = _get(MyUnitView.class);
        AssignmentView first = GridKt._get(view.grid, 0);
        assertThat(first.overdue()).as("overdue first").isTrue();
        AssignmentView mine = progress.myAssignments().stream()
                .filter(a -> a.taskCode().equals(code))
                .findFirst()
                .orElseThrow();

        AssignmentActions.openProgress(view, progress, mine, view::refresh);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle())
                .as("the unit by name, not code")
                .contains(code)
                .contains("Xã Bài Sơn")
                .doesNotContain("XA-BAISON");
        _get(dialog, IntegerField.class, spec -> spec.withId("progress-percent"))
                .setValue(45);
        _get(dialog, TextArea.class, spec -> spec.withId("progress-note")).setValue("Đã số hóa gần một nửa");
        _get(dialog, Button.class, spec -> spec.withId("progress-save")).click();
        MockVaadin.clientRoundtrip(false);

        AssignmentView after = progress.myAssignments().stream()
                .filter(a -> a.taskCode().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(45);
        assertThat(tasks.detail(code).orElseThrow().history())
                .extracting(r -> r.note())
                .containsExactly("Đã số hóa gần một nửa");
    }

    @Test
    @WithUserDetails("committee")
    void the_committee_accepts_a_completion_report_on_the_task_page() {
        TaskDraft d = new TaskDraft();
        String code = unique("AC-").toUpperCase();
        d.setCode(code);
        d.setTitle("Nghiệm thu thử");
        d.setFieldCode("CVCC");
        d.setDeadline(LocalDate.now(clock).plusDays(5));
        d.setLeadUnitCode("XA-BAISON");
        TaskDetail t = tasks.create(d);
        AssignmentView lead = t.assignments().getFirst();
        as("head.baison", () -> progress.reportComplete(lead.id(), lead.version(), "Xong"));

        go("tasks/" + code);
        TaskDetailView page = _get(TaskDetailView.class);
        var actions = GridKt._getCellComponent(page.assignments, 0, "actions");
        _get(actions, Button.class, spec -> spec.withClasses("review-accept")).click();
        MockVaadin.clientRoundtrip(false);

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("accept-confirm"));
        assertThat(tasks.detail(code).orElseThrow().status())
                .as("nothing is accepted before the confirmation")
                .isEqualTo(TaskStatus.COMPLETED);
        _get(confirm, TextArea.class, spec -> spec.withId("accept-comment")).setValue("Hồ sơ đầy đủ, đạt yêu cầu");
        ConfirmDialogKt._fireConfirm(confirm);
        MockVaadin.clientRoundtrip(false);

        TaskDetail after = tasks.detail(code).orElseThrow();
        assertThat(after.status()).isEqualTo(TaskStatus.DONE);
        assertThat(after.history().getFirst().kind()).isEqualTo("ACCEPTED");
        assertThat(after.history().getFirst().note()).isEqualTo("Hồ sơ đầy đủ, đạt yêu cầu");
    }

    private AssignmentView ownInProgressAt(int percent) {
        TaskDraft d = new TaskDraft();
        String code = unique("PD-").toUpperCase();
        d.setCode(code);
        d.setTitle("Hộp thoại tiến độ");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.now(clock).plusDays(20));
        d.setLeadUnitCode("XA-BAISON");
        AssignmentView lead =
                as("committee", () -> tasks.create(d)).assignments().getFirst();
        return progress.reportProgress(lead.id(), lead.version(), percent, null);
    }

    @Test
    @WithUserDetails("head.baison")
    void the_progress_dialog_opens_valid_at_any_percentage_and_a_failed_save_marks_the_field() {
        AssignmentView a = ownInProgressAt(27);
        go("my-unit");
        MyUnitView view = _get(MyUnitView.class);
        AssignmentActions.openProgress(view, progress, a, view::refresh);
        Dialog dialog = _get(Dialog.class);
        IntegerField percent = _get(dialog, IntegerField.class, spec -> spec.withId("progress-percent"));
        assertThat(percent.getValue()).isEqualTo(27);
        assertThat(percent.isInvalid()).as("27 %% is a valid progress").isFalse();

        percent.setValue(150);
        _get(dialog, Button.class, spec -> spec.withId("progress-save")).click();
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("Progress is a percentage from 0 to 100.");

        percent.setValue(40);
        TextArea links = _get(dialog, TextArea.class, spec -> spec.withId("evidence-links"));
        links.setValue("not a link");
        _get(dialog, Button.class, spec -> spec.withId("progress-save")).click();
        assertThat(links.isInvalid())
                .as("the service's refusal lands on the field")
                .isTrue();
        assertThat(links.getErrorMessage()).contains("not a link");
        assertThat(progress.myAssignments().stream()
                        .filter(x -> x.id() == a.id())
                        .findFirst()
                        .orElseThrow()
                        .progress())
                .isEqualTo(27);
    }

    @Test
    @WithUserDetails("head.baison")
    void a_successful_save_closes_the_toast_of_the_failed_attempt_before_it() {
        AssignmentView a = ownInProgressAt(10);
        go("my-unit");
        MyUnitView view = _get(MyUnitView.class);
        // what the error handler shows for a failed attempt
        org.parsteering.base.ui.Notifications.error("The assignment was changed by someone else.");
        assertThat(NotificationsKt.getNotifications()).hasSize(1);

        AssignmentActions.openProgress(view, progress, a, view::refresh);
        Dialog dialog = _get(Dialog.class);
        _get(dialog, IntegerField.class, spec -> spec.withId("progress-percent"))
                .setValue(30);
        _get(dialog, Button.class, spec -> spec.withId("progress-save")).click();
        MockVaadin.clientRoundtrip(false);

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .containsExactly("Progress reported.");
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_sees_no_review_or_edit_buttons_on_a_task_page() {
        TaskCard any = tasks.board(
                        new org.parsteering.plan.BoardFilter(
                                null, null, null, EnumSet.of(TaskStatus.COMPLETED), false, ""),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        go("tasks/" + any.code());
        TaskDetailView page = _get(TaskDetailView.class);
        for (int row = 0; row < GridKt._size(page.assignments); row++) {
            assertThat(_find(
                            GridKt._getCellComponent(page.assignments, row, "actions"),
                            Button.class,
                            spec -> spec.withClasses("review-accept")))
                    .isEmpty();
        }
        assertThat(_find(Button.class, spec -> spec.withId("task-edit"))).isEmpty();
    }

    @Test
    @WithUserDetails("head.baison")
    void on_a_phone_my_unit_shows_each_assignment_as_one_card_with_deadline_status_and_actions() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("vi"));
        go("my-unit");
        MyUnitView view = _get(MyUnitView.class);
        view.cards.setCompact(true);
        assertThat(view.grid.getColumns())
                .filteredOn(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                .extracting(com.vaadin.flow.component.grid.Grid.Column::getKey)
                .containsExactly("card");
        int row = -1;
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            AssignmentView a = GridKt._get(view.grid, i);
            if (a.lead() && a.status() == TaskStatus.IN_PROGRESS) {
                row = i;
            }
        }
        assertThat(row).as("an assignment the unit leads, in progress").isNotNegative();
        AssignmentView a = GridKt._get(view.grid, row);
        var card = GridKt._getCellComponent(view.grid, row, "card");
        String text = card.getElement().getTextRecursively();
        assertThat(text)
                .contains(a.taskCode())
                .contains(a.taskTitle())
                .contains(a.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("Đang thực hiện")
                .contains(a.progress() + " %");
        assertThat(_find(card, Button.class, spec -> spec.withClasses("report-progress")))
                .hasSize(1);
        assertThat(_find(card, Button.class, spec -> spec.withClasses("report-complete")))
                .hasSize(1);

        view.cards.setCompact(false);
        assertThat(view.grid.getColumns())
                .filteredOn(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                .hasSize(6)
                .noneMatch(c -> "card".equals(c.getKey()));
    }

    @Test
    @WithUserDetails("inspector")
    void on_a_phone_the_boards_list_shows_cards_and_still_loads_page_by_page() {
        go("tasks?view=grid&status=IN_PROGRESS");
        TaskBoardView view = _get(TaskBoardView.class);
        view.gridCards.setCompact(true);
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        TaskCard first = GridKt._get(view.grid, 0);
        String text =
                GridKt._getCellComponent(view.grid, 0, "card").getElement().getTextRecursively();
        assertThat(text).contains(first.code()).contains(first.title()).contains(first.leadUnitName());
    }
}
