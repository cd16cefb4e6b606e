package org.parsteering.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parsteering.audit.AuditEntry;
import org.parsteering.audit.AuditService;
import org.parsteering.audit.ui.AuditFormatter;
import org.parsteering.audit.ui.AuditGrid;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.plan.AssignmentView;
import org.parsteering.plan.PlanService;
import org.parsteering.plan.ProgressService;
import org.parsteering.plan.ReportView;
import org.parsteering.plan.TaskCriteriaService;
import org.parsteering.plan.TaskCriterion;
import org.parsteering.plan.TaskDetail;
import org.parsteering.plan.TaskService;
import org.parsteering.plan.TaskStatus;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.unit.UnitService;

/**
 * One task: what it asks for, each unit's assignment with its status and percent, the progress history
 * and the full change history; the review actions for the committee and the report actions for the
 * unit head of an assigned unit.
 */
@Route("tasks/:code")
@PermitAll
public class TaskDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskService tasks;
    private final ProgressService progress;
    private final PlanService plans;
    private final UnitService units;
    private final AuditService audit;
    private final TaskCriteriaService criteria;
    private final org.parsteering.calendar.WorkingCalendar workingCalendar;
    private final java.time.Clock clock;
    private final ParUser user;
    private String code;
    private TaskDetail task;

    public TaskDetailView(
            TaskService tasks,
            ProgressService progress,
            PlanService plans,
            UnitService units,
            AuditService audit,
            TaskCriteriaService criteria,
            org.parsteering.calendar.WorkingCalendar workingCalendar,
            java.time.Clock clock,
            CurrentUser currentUser) {
        this.criteria = criteria;
        this.workingCalendar = workingCalendar;
        this.clock = clock;
        this.tasks = tasks;
        this.progress = progress;
        this.plans = plans;
        this.units = units;
        this.audit = audit;
        this.user = currentUser.require();
        addClassName("task-detail-view");
    }

    public static RouteParameters params(String code) {
        return new RouteParameters("code", code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        if (tasks.detail(code).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private boolean manager() {
        return user.role() == Role.SECRETARY || user.role() == Role.COMMITTEE;
    }

    void render() {
        removeAll();
        task = tasks.detail(code).orElseThrow();
        List<Component> actions = new ArrayList<>();
        Anchor back = new Anchor("tasks", getTranslation("tasks.backToBoard"));
        back.addClassName("back-link");
        add(back);
        if (manager()
                && !task.planClosed()
                && task.status() != TaskStatus.DONE
                && task.status() != TaskStatus.CANCELLED) {
            Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(), e -> openEdit());
            edit.setId("task-edit");
            Button cancel = new Button(getTranslation("tasks.cancelTask"), VaadinIcon.BAN.create(), e -> openCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("task-cancel");
            actions.add(edit);
            actions.add(cancel);
        }
        String fieldLine = task.field().label(getLocale())
                + (task.field().steering() == null ? "" : " · " + task.field().steering());
        add(new ViewHeader(task.code() + " · " + task.title(), fieldLine, actions.toArray(Component[]::new)));

        Div badges = new Div(Badges.status(this, task.status()));
        if (task.planClosed()) {
            Span closed = new Span(getTranslation("tasks.planClosed") + " " + task.planCode());
            closed.getElement().getThemeList().add("badge contrast");
            closed.setId("task-plan-closed");
            badges.add(closed);
        }
        badges.addClassName("task-badges");
        Badges.urgency(
                        this,
                        task.overdue(),
                        task.dueSoon(),
                        task.assignments().stream().anyMatch(a -> a.lead() && a.doneLate()))
                .forEach(badges::add);
        add(badges);

        FormLayout info = new FormLayout();
        info.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        item(info, "tasks.deadline", deadlineText());
        item(info, "tasks.startDate", Formats.date(task.startDate(), getLocale()));
        item(info, "tasks.priority", getTranslation(task.priority().messageKey()));
        ProgressBar bar = new ProgressBar(0, 100, task.progress());
        Div progressBox = new Div(bar, new Span(task.progress() + " %"));
        progressBox.addClassName("progress-box");
        info.addFormItem(progressBox, getTranslation("tasks.progress"));
        item(info, "tasks.expectedOutput", task.expectedOutput());
        item(info, "tasks.evidenceRequired", task.evidenceRequired());
        item(info, "tasks.indexCriterion", task.indexCriterion());
        item(info, "tasks.cancelReason", task.cancelReason());
        Section infoCard = card(getTranslation("tasks.details"), info);
        if (task.description() != null) {
            infoCard.add(new Paragraph(task.description()));
        }
        add(infoCard);
        add(criteriaCard());

        add(card(getTranslation("tasks.assignments"), assignmentsGrid()));
        AuditGrid changes = changesGrid();
        add(card(getTranslation("tasks.history"), historyGrid(changes.formatter())));
        add(card(getTranslation("tasks.changes"), changes));
    }

    /** The index criteria the task is tied to, with the points at stake; the committee and secretary change them. */
    private Section criteriaCard() {
        List<TaskCriterion> tied = criteria.criteriaOf(task.code());
        Section card = card(getTranslation("tasks.criteria"));
        card.setId("task-criteria");
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (TaskCriterion c : tied) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation(
                    "tasks.criterionAtStake",
                    c.label(getLocale()),
                    org.parsteering.base.ui.Formats.decimal(c.maxPoints(), getLocale()))));
        }
        if (tied.isEmpty()) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("tasks.noCriteria")));
        }
        card.add(list);
        if (manager() && !task.planClosed()) {
            com.vaadin.flow.component.combobox.MultiSelectComboBox<TaskCriterion> pick =
                    new com.vaadin.flow.component.combobox.MultiSelectComboBox<>(getTranslation("tasks.criteria"));
            List<TaskCriterion> options = criteria.criteriaOptions("", 200);
            pick.setItems(options);
            pick.setItemLabelGenerator(c -> c.label(getLocale()));
            java.util.Set<Long> tiedIds =
                    tied.stream().map(TaskCriterion::itemId).collect(java.util.stream.Collectors.toSet());
            pick.setValue(options.stream()
                    .filter(o -> tiedIds.contains(o.itemId()))
                    .collect(java.util.stream.Collectors.toSet()));
            pick.setWidth("min(40rem, 100%)");
            pick.setId("task-criteria-pick");
            Button save = new Button(getTranslation("tasks.saveCriteria"), e -> {
                criteria.linkCriteria(
                        task.code(),
                        pick.getValue().stream()
                                .map(TaskCriterion::itemId)
                                .collect(java.util.stream.Collectors.toSet()),
                        task.version());
                org.parsteering.base.ui.Notifications.success(getTranslation("tasks.criteriaSaved"));
                render();
            });
            save.setId("task-criteria-save");
            com.vaadin.flow.component.orderedlayout.HorizontalLayout row =
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout(pick, save);
            row.setWrap(true);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            card.add(row);
        }
        return card;
    }

    /** The deadline, and when it falls on a day off the working day it counts until (SPEC 4a). */
    private String deadlineText() {
        String text = Formats.date(task.deadline(), getLocale());
        if (task.deadline() != null && !workingCalendar.isWorkingDay(task.deadline())) {
            text += " · "
                    + getTranslation(
                            "tasks.deadlineOnDayOff",
                            Formats.date(workingCalendar.onOrAfter(task.deadline()), getLocale()));
        }
        return text;
    }

    private void item(FormLayout form, String key, String value) {
        if (value != null && !value.isBlank()) {
            form.addFormItem(new Span(value), getTranslation(key));
        }
    }

    private static Section card(String title, Component... content) {
        Section s = new Section(new H2(title));
        s.add(content);
        s.addClassName("card");
        return s;
    }

    Grid<AssignmentView> assignments;

    private Grid<AssignmentView> assignmentsGrid() {
        Grid<AssignmentView> grid = new Grid<>();
        assignments = grid;
        grid.addColumn(a -> a.unitCode() + " — " + a.unitName())
                .setHeader(getTranslation("tasks.unit"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.lead() ? "tasks.lead" : "tasks.coordinating"))
                .setHeader(getTranslation("tasks.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> Badges.status(this, a.status()))
                .setHeader(getTranslation("tasks.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.progress() + " %")
                .setHeader(getTranslation("tasks.progress"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.lastReportAt(), getLocale()))
                .setHeader(getTranslation("tasks.lastReport"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
                    Div d = new Div();
                    Badges.urgency(this, a.overdue(), a.dueSoon(), a.doneLate()).forEach(d::add);
                    if (a.returnReason() != null && a.status() == TaskStatus.IN_PROGRESS) {
                        Span r = new Span(getTranslation("tasks.returnedBecause", a.returnReason()));
                        r.addClassName("return-reason");
                        d.add(r);
                    }
                    return d;
                })
                .setHeader("")
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addComponentColumn(a -> {
                    if (task.planClosed()) {
                        return new Span(); // a closed plan's work is history: nothing to report or review
                    }
                    if (manager()) {
                        return AssignmentActions.forReviewer(this, progress, a, this::render);
                    }
                    if (user.role() == Role.UNIT_HEAD && a.unitCode().equals(user.unitCode())) {
                        return AssignmentActions.forUnitHead(this, progress, a, this::render);
                    }
                    return new Span();
                })
                .setHeader(getTranslation("common.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(task.assignments());
        grid.setAllRowsVisible(true);
        grid.setId("assignments-grid");
        return grid;
    }

    private Grid<ReportView> historyGrid(AuditFormatter names) {
        Grid<ReportView> grid = new Grid<>();
        grid.addColumn(r -> Formats.dateTime(r.reportedAt(), getLocale()))
                .setHeader(getTranslation("tasks.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> names.unit(r.unitCode(), getLocale()))
                .setHeader(getTranslation("tasks.unit"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("tasks.report." + r.kind()))
                .setHeader(getTranslation("tasks.reportKind"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.percent() + " %")
                .setHeader(getTranslation("tasks.progress"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    Div d = new Div(new Span(r.note() == null ? "" : r.note()));
                    for (var ev : r.evidence()) {
                        Anchor link = new Anchor(ev.href(), ev.isLink() ? ev.url() : ev.fileName());
                        if (ev.isLink()) {
                            link.setTarget("_blank");
                            link.getElement().setAttribute("rel", "noopener noreferrer");
                        } else {
                            link.getElement().setAttribute("router-ignore", true);
                            link.getElement().setAttribute("download", true);
                        }
                        link.addClassName("evidence-link");
                        d.add(link);
                    }
                    return d;
                })
                .setHeader(getTranslation("tasks.note"))
                .setFlexGrow(3);
        grid.addColumn(r -> names.person(r.reportedBy(), getLocale()))
                .setHeader(getTranslation("tasks.by"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(task.history());
        grid.setAllRowsVisible(task.history().size() <= 15);
        grid.setEmptyStateText(getTranslation("tasks.noHistory"));
        grid.setId("history-grid");
        return grid;
    }

    private AuditGrid changesGrid() {
        List<AuditEntry> entries = new ArrayList<>(audit.history("TASK", task.code(), 200));
        for (AssignmentView a : task.assignments()) {
            entries.addAll(audit.history("ASSIGNMENT", task.code() + "/" + a.unitCode(), 200));
        }
        entries.sort(Comparator.comparing(AuditEntry::occurredAt).reversed());
        AuditGrid grid = new AuditGrid(false);
        grid.setEntries(entries);
        grid.setAllRowsVisible(entries.size() <= 15);
        grid.setId("changes-grid");
        return grid;
    }

    private void openEdit() {
        TaskFormDialog[] dialog = new TaskFormDialog[1];
        dialog[0] = new TaskFormDialog(
                task.toDraft(), plans.fields(plans.current().orElseThrow().id()), units.activeUnits(), (d, reason) -> {
                    tasks.update(d, reason);
                    Notifications.success(getTranslation("tasks.saved", d.getCode()));
                    dialog[0].close();
                    render();
                });
        dialog[0].withWorkingDays(workingCalendar, java.time.LocalDate.now(clock));
        dialog[0].open();
    }

    private void openCancel() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("tasks.cancelTitle", task.code()));
        TextArea reason = new TextArea(getTranslation("tasks.cancelReason"));
        reason.setRequired(true);
        reason.setWidthFull();
        Button ok = new Button(getTranslation("tasks.cancelTask"), e -> {
            tasks.cancel(task.code(), task.version(), reason.getValue());
            Notifications.success(getTranslation("tasks.cancelled", task.code()));
            d.close();
            render();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(reason);
        d.getFooter().add(new Button(getTranslation("common.close"), e -> d.close()), ok);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return code == null ? getTranslation("nav.tasks") : code;
    }

    static void open(String code) {
        UI.getCurrent().navigate(TaskDetailView.class, params(code));
    }
}
