package org.parsteering.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parsteering.base.Role;
import org.parsteering.base.ui.CompactGrid;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.plan.BoardFilter;
import org.parsteering.plan.FieldSummary;
import org.parsteering.plan.PlanService;
import org.parsteering.plan.PlanSummary;
import org.parsteering.plan.TaskCard;
import org.parsteering.plan.TaskCriteriaService;
import org.parsteering.plan.TaskDraft;
import org.parsteering.plan.TaskImportService;
import org.parsteering.plan.TaskService;
import org.parsteering.plan.TaskStatus;
import org.parsteering.security.CurrentUser;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The task board (SPEC 6): the plan's tasks in columns by status, or as a sortable grid, filtered by
 * field, unit, year, status, overdue and text. The filters live in the URL, so a filtered board can be
 * bookmarked and shared. Both views load page by page.
 */
@Route("tasks")
@PermitAll
@Menu(order = 10, icon = "vaadin:tasks", title = "nav.tasks")
public class TaskBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int COLUMN_PAGE = 25;

    private final TaskService tasks;
    private final PlanService plans;
    private final UnitService units;
    final TextField text = new TextField();
    final Select<String> field = new Select<>();
    final ComboBox<String> unit = new ComboBox<>();
    final Select<Integer> year = new Select<>();
    final MultiSelectComboBox<TaskStatus> statuses = new MultiSelectComboBox<>();
    final Checkbox overdue = new Checkbox();
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final ComboBox<Long> criterion = new ComboBox<>();
    private final TaskCriteriaService criteria;
    private final org.parsteering.calendar.WorkingCalendar workingCalendar;
    private final java.time.Clock clock;
    private final boolean manager;
    final Div board = new Div();
    final Grid<TaskCard> grid = new Grid<>();
    CompactGrid<TaskCard> gridCards;
    final Select<String> planChoice = new Select<>();
    final Paragraph fieldSteering = new Paragraph();
    private boolean applyingUrl;
    private Optional<PlanSummary> plan;
    private final PlanSummary currentPlan;
    private final List<Component> writeActions = new ArrayList<>();
    private final ViewHeader header;

    public TaskBoardView(
            TaskService tasks,
            PlanService plans,
            UnitService units,
            TaskImportService importService,
            TaskCriteriaService criteria,
            org.parsteering.calendar.WorkingCalendar workingCalendar,
            java.time.Clock clock,
            CurrentUser currentUser) {
        this.workingCalendar = workingCalendar;
        this.clock = clock;
        this.tasks = tasks;
        this.criteria = criteria;
        this.plans = plans;
        this.units = units;
        addClassName("task-board-view");
        plan = plans.current();
        currentPlan = plan.orElse(null);
        manager = currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.COMMITTEE);

        List<Component> actions = new ArrayList<>();
        if (manager && plan.isPresent()) {
            Button importButton = ImportDialog.button(
                    "task-import",
                    getTranslation("tasks.import"),
                    getTranslation("tasks.importHelp"),
                    org.parsteering.plan.TaskImportService.FORMAT,
                    (file, name, progress) -> importService.importTasks(file),
                    this::refresh);
            Button create = new Button(getTranslation("tasks.create"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("task-create");
            actions.add(importButton);
            actions.add(create);
            writeActions.add(importButton);
            writeActions.add(create);
        }
        if (currentUser.hasRole(Role.SECRETARY)) {
            Button plansButton = new Button(
                    getTranslation("plans.title"),
                    VaadinIcon.CALENDAR.create(),
                    e -> new PlansDialog(plans, units).open());
            plansButton.setId("plans");
            actions.addFirst(plansButton);
        }
        header = new ViewHeader(
                getTranslation("nav.tasks"),
                plan.map(PlanSummary::name).orElse(getTranslation("plan.error.noCurrent")),
                actions.toArray(Component[]::new));
        add(header);
        if (plan.isEmpty()) {
            return;
        }

        buildFilters();
        buildGrid();
        board.addClassName("kanban");
        board.setId("task-kanban");
        fieldSteering.addClassName("field-steering-line");
        fieldSteering.setId("field-steering");
        fieldSteering.setVisible(false);
        add(filterBar(), fieldSteering, board, grid);
        setSizeFull();
    }

    private void buildFilters() {
        text.setPlaceholder(getTranslation("tasks.searchPlaceholder"));
        text.setAriaLabel(getTranslation("common.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        List<PlanSummary> allPlans = plans.all();
        Map<String, PlanSummary> planByCode = new HashMap<>();
        allPlans.forEach(p -> planByCode.put(p.code(), p));
        planChoice.setItems(allPlans.stream().map(PlanSummary::code).toList());
        planChoice.setItemLabelGenerator(
                c -> planByCode.get(c).closed() ? c + " · " + getTranslation("tasks.planClosed") : c);
        planChoice.setValue(plan.orElseThrow().code());
        planChoice.setAriaLabel(getTranslation("tasks.plan"));
        planChoice.setId("task-plan");
        planChoice.setVisible(allPlans.size() > 1);
        setFields(plan.orElseThrow());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("tasks.allFields"));
        field.setItemLabelGenerator(c -> c == null
                ? getTranslation("tasks.allFields")
                : Optional.ofNullable(fieldByCode.get(c))
                        .map(f -> f.label(getLocale()))
                        .orElse(c));
        field.setAriaLabel(getTranslation("tasks.field"));

        List<UnitSummary> all = units.activeUnits();
        Map<String, String> unitLabels = new HashMap<>();
        all.forEach(u -> unitLabels.put(u.code(), u.label()));
        unit.setItems(all.stream().map(UnitSummary::code).toList());
        unit.setItemLabelGenerator(c -> unitLabels.getOrDefault(c, c));
        unit.setPlaceholder(getTranslation("tasks.allUnits"));
        unit.setClearButtonVisible(true);
        unit.setAriaLabel(getTranslation("tasks.unit"));

        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("tasks.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("tasks.allYears") : String.valueOf(y));
        year.setAriaLabel(getTranslation("tasks.year"));

        statuses.setItems(TaskStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        statuses.setPlaceholder(getTranslation("tasks.allStatuses"));
        statuses.setAriaLabel(getTranslation("tasks.status"));
        overdue.setLabel(getTranslation("tasks.overdueOnly"));
        mode.setItems("board", "grid");
        mode.setItemLabelGenerator(m -> getTranslation("tasks.mode." + m));
        mode.setValue("board");
        mode.setAriaLabel(getTranslation("tasks.mode"));

        text.addValueChangeListener(e -> filtersChanged());
        planChoice.addValueChangeListener(e -> {
            if (e.getValue() != null && !applyingUrl) {
                showPlan(e.getValue());
                field.setValue(null);
            }
            filtersChanged();
        });
        field.addValueChangeListener(e -> {
            showSteering();
            filtersChanged();
        });
        unit.addValueChangeListener(e -> filtersChanged());
        year.addValueChangeListener(e -> filtersChanged());
        statuses.addValueChangeListener(e -> filtersChanged());
        overdue.addValueChangeListener(e -> filtersChanged());
        mode.addValueChangeListener(e -> filtersChanged());

        Map<Long, String> criterionLabels = new java.util.LinkedHashMap<>();
        criteria.criteriaOptions("", 200).forEach(c -> criterionLabels.put(c.itemId(), c.label(getLocale())));
        criterion.setItems(criterionLabels.keySet());
        criterion.setItemLabelGenerator(id -> criterionLabels.getOrDefault(id, String.valueOf(id)));
        criterion.setPlaceholder(getTranslation("tasks.allCriteria"));
        criterion.setClearButtonVisible(true);
        criterion.setAriaLabel(getTranslation("tasks.criterion"));
        criterion.setId("task-criterion-filter");
        criterion.setVisible(!criterionLabels.isEmpty());
        criterion.addValueChangeListener(e -> filtersChanged());
    }

    private final Map<String, FieldSummary> fieldByCode = new HashMap<>();

    /** The field choice of a plan: each field by its label, with its working group and lead unit beneath. */
    private void setFields(PlanSummary p) {
        List<FieldSummary> fields = plans.fields(p.id());
        fieldByCode.clear();
        fields.forEach(f -> fieldByCode.put(f.code(), f));
        field.setItems(fields.stream().map(FieldSummary::code).toList());
        field.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c -> {
            FieldSummary f = c == null ? null : fieldByCode.get(c);
            if (f == null) {
                return new Span(getTranslation("tasks.allFields"));
            }
            Span name = new Span(f.label(getLocale()));
            Div item = new Div(name);
            item.addClassName("field-option");
            if (f.steering() != null) {
                Span steering = new Span(f.steering());
                steering.addClassName("field-steering");
                item.add(steering);
            }
            return item;
        }));
        year.setItems(
                IntStream.rangeClosed(p.startYear(), p.endYear() + 1).boxed().toList());
    }

    /** Shows another plan's board (a closed plan read-only: no task is created or imported into it). */
    private void showPlan(String code) {
        plan = plans.find(code).or(() -> Optional.ofNullable(currentPlan));
        PlanSummary p = plan.orElseThrow();
        setFields(p);
        header.setDescription(p.closed() ? p.name() + " · " + getTranslation("plans.readOnly") : p.name());
        boolean writable = p.current() && !p.closed();
        writeActions.forEach(a -> a.setVisible(writable));
    }

    private void showSteering() {
        FieldSummary f = field.getValue() == null ? null : fieldByCode.get(field.getValue());
        fieldSteering.setVisible(f != null && f.steering() != null);
        if (f != null && f.steering() != null) {
            String group =
                    f.workingGroup() == null ? "" : getTranslation("fields.workingGroup") + ": " + f.workingGroup();
            String lead = f.leadUnitName() == null ? "" : getTranslation("fields.leadUnit") + ": " + f.leadUnitName();
            fieldSteering.setText(group.isEmpty() ? lead : lead.isEmpty() ? group : group + " · " + lead);
        }
    }

    private HorizontalLayout filterBar() {
        HorizontalLayout bar =
                new HorizontalLayout(planChoice, text, field, unit, year, criterion, statuses, overdue, mode);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-bar");
        return bar;
    }

    private void buildGrid() {
        grid.addColumn(TaskCard::code)
                .setHeader(getTranslation("tasks.code"))
                .setSortProperty("code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TaskCard::title)
                .setHeader(getTranslation("tasks.title"))
                .setSortProperty("title")
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(TaskCard::leadUnitName)
                .setHeader(getTranslation("tasks.leadUnit"))
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(t -> Formats.date(t.deadline(), getLocale()))
                .setHeader(getTranslation("tasks.deadline"))
                .setSortProperty("deadline")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // The urgency badges sit under the status: a column of their own was cut off on a laptop.
        grid.addComponentColumn(this::badges)
                .setHeader(getTranslation("tasks.status"))
                .setSortProperty("status")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> Badges.progress(t.progress()))
                .setHeader(getTranslation("tasks.progress"))
                .setSortProperty("progress")
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        gridCards = CompactGrid.of(grid, this::gridCard, getTranslation("nav.tasks"));

        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        TaskDetailView.class, TaskDetailView.params(e.getItem().code())));
        grid.setId("task-grid");
        grid.setMinHeight("24rem");
    }

    BoardFilter filter() {
        return new BoardFilter(
                field.getValue(),
                unit.getValue(),
                year.getValue(),
                statuses.getValue().isEmpty() ? null : EnumSet.copyOf(statuses.getValue()),
                overdue.getValue(),
                text.getValue(),
                plan.map(PlanSummary::code).orElse(null),
                criterion.getValue());
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, "tasks?" + toQuery().getQueryString());
        refresh();
    }

    QueryParameters toQuery() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (plan.isPresent() && currentPlan != null && !plan.get().code().equals(currentPlan.code())) {
            q.put("plan", List.of(plan.get().code()));
        }
        if (!text.getValue().isBlank()) {
            q.put("q", List.of(text.getValue()));
        }
        if (field.getValue() != null) {
            q.put("field", List.of(field.getValue()));
        }
        if (unit.getValue() != null) {
            q.put("unit", List.of(unit.getValue()));
        }
        if (year.getValue() != null) {
            q.put("year", List.of(String.valueOf(year.getValue())));
        }
        if (!statuses.getValue().isEmpty()) {
            q.put(
                    "status",
                    List.of(statuses.getValue().stream()
                            .map(Enum::name)
                            .sorted()
                            .collect(Collectors.joining(","))));
        }
        if (overdue.getValue()) {
            q.put("overdue", List.of("true"));
        }
        if (criterion.getValue() != null) {
            q.put("criterion", List.of(String.valueOf(criterion.getValue())));
        }
        if ("grid".equals(mode.getValue())) {
            q.put("view", List.of("grid"));
        }
        return new QueryParameters(q);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (plan.isEmpty()) {
            return;
        }
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        applyingUrl = true;
        try {
            String chosen = first(q, "plan")
                    .filter(c -> planChoice.getListDataView().getItems().anyMatch(c::equals))
                    .orElse(currentPlan.code());
            planChoice.setValue(chosen);
            showPlan(chosen);
            text.setValue(first(q, "q").orElse(""));
            field.setValue(first(q, "field")
                    .filter(f -> field.getListDataView().getItems().anyMatch(f::equals))
                    .orElse(null));
            unit.setValue(first(q, "unit")
                    .filter(u -> unit.getListDataView().getItems().anyMatch(u::equals))
                    .orElse(null));
            year.setValue(first(q, "year").flatMap(TaskBoardView::parseInt).orElse(null));
            Set<TaskStatus> s = EnumSet.noneOf(TaskStatus.class);
            first(q, "status").ifPresent(v -> {
                for (String part : v.split(",")) {
                    try {
                        s.add(TaskStatus.valueOf(part.strip()));
                    } catch (IllegalArgumentException ignored) {
                        // an unknown status in a shared link is simply left out
                    }
                }
            });
            statuses.setValue(s);
            overdue.setValue(first(q, "overdue").map("true"::equals).orElse(false));
            Long wantedCriterion =
                    first(q, "criterion").flatMap(TaskBoardView::parseLong).orElse(null);
            criterion.setValue(
                    criterion.getListDataView().getItems().anyMatch(c -> c.equals(wantedCriterion))
                            ? wantedCriterion
                            : null);
            mode.setValue(first(q, "view").filter("grid"::equals).orElse("board"));
            showSteering();
        } finally {
            applyingUrl = false;
        }
        refresh();
        if (manager && first(q, "new").isPresent() && !plan.get().closed()) {
            // "create a task" from the results: prefilled with the criterion, the unit and a deadline
            TaskDraft draft = new TaskDraft();
            first(q, "unit").ifPresent(draft::setLeadUnitCode);
            first(q, "deadline").flatMap(TaskBoardView::parseDate).ifPresent(draft::setDeadline);
            Long item = first(q, "criterion").flatMap(TaskBoardView::parseLong).orElse(null);
            criteria.criterion(item)
                    .ifPresent(c ->
                            draft.setTitle(getTranslation("tasks.fromCriterion", c.itemCode(), c.title(getLocale()))));
            openCreate(draft, item);
        }
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<java.time.LocalDate> parseDate(String s) {
        try {
            return Optional.of(java.time.LocalDate.parse(s.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> q, String key) {
        List<String> v = q.get(key);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? Optional.empty() : Optional.of(v.getFirst());
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean gridConnected;

    void refresh() {
        boolean gridMode = "grid".equals(mode.getValue());
        grid.setVisible(gridMode);
        board.setVisible(!gridMode);
        if (gridMode) {
            if (!gridConnected) {
                // Only in grid mode: a hidden grid would still fetch a page and a count on every load.
                grid.setItems(q -> tasks.cards(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                        (int) tasks.count(filter()));
                gridConnected = true;
            } else {
                grid.getDataProvider().refreshAll();
            }
        } else {
            renderBoard();
        }
    }

    private void renderBoard() {
        board.removeAll();
        BoardFilter base = filter();
        Map<TaskStatus, Long> counts = tasks.countByStatus(base);
        for (TaskStatus status : TaskStatus.values()) {
            if (!base.statuses().contains(status)) {
                continue;
            }
            Div column = new Div();
            column.addClassName("kanban-column");
            column.getElement().setAttribute("data-status", status.name());
            H3 header = new H3(getTranslation(status.messageKey()) + " · " + counts.get(status));
            header.addClassName("kanban-header");
            Div cards = new Div();
            cards.addClassName("kanban-cards");
            column.add(header, cards);
            loadCards(status, base, cards, 0, counts.get(status));
            board.add(column);
        }
    }

    private void loadCards(TaskStatus status, BoardFilter base, Div cards, int page, long total) {
        BoardFilter f = new BoardFilter(
                        base.fieldCode(),
                        base.unitCode(),
                        base.year(),
                        EnumSet.of(status),
                        base.overdueOnly(),
                        base.text())
                .inPlan(base.planCode());
        List<TaskCard> result = tasks.cards(f, PageRequest.of(page, COLUMN_PAGE));
        result.forEach(t -> cards.add(card(t)));
        if ((long) (page + 1) * COLUMN_PAGE < total) {
            Button more = new Button(getTranslation("tasks.showMore", total - (long) (page + 1) * COLUMN_PAGE));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClickListener(e -> {
                cards.remove(more);
                loadCards(status, base, cards, page + 1, total);
            });
            cards.add(more);
        }
        if (total == 0) {
            Paragraph empty = new Paragraph(getTranslation("tasks.emptyColumn"));
            empty.addClassName("kanban-empty");
            cards.add(empty);
        }
    }

    private Anchor card(TaskCard t) {
        Anchor card = new Anchor("tasks/" + t.code());
        card.addClassName("task-card");
        Span code = new Span(t.code());
        code.addClassName("task-card-code");
        Span title = new Span(t.title());
        title.addClassName("task-card-title");
        Span meta = new Span(t.leadUnitName() + " · " + Formats.date(t.deadline(), getLocale()));
        meta.addClassName("task-card-meta");
        ProgressBar bar = new ProgressBar(0, 100, t.progress());
        Div badges = new Div();
        badges.addClassName("task-card-badges");
        Badges.urgency(this, t.overdue(), t.dueSoon(), t.doneLate()).forEach(badges::add);
        card.add(code, title, meta, bar, badges);
        return card;
    }

    /** A row of the list view on a phone: code, title, lead unit and deadline, badges, progress. */
    private Div gridCard(TaskCard t) {
        Span code = new Span(t.code());
        code.addClassName("compact-card-code");
        Span title = new Span(t.title());
        title.addClassName("compact-card-title");
        Span meta = new Span(t.leadUnitName() + " · " + Formats.date(t.deadline(), getLocale()));
        meta.addClassName("compact-card-meta");
        return new Div(code, title, meta, badges(t), Badges.progress(t.progress()));
    }

    private Div badges(TaskCard t) {
        return Badges.statusAndUrgency(this, t.status(), t.overdue(), t.dueSoon(), t.doneLate());
    }

    private void openCreate() {
        openCreate(new TaskDraft(), null);
    }

    /** The new task's dialog; a task made from an index criterion is tied to it once created. */
    private void openCreate(TaskDraft draft, Long criterionId) {
        TaskFormDialog[] dialog = new TaskFormDialog[1];
        dialog[0] =
                new TaskFormDialog(draft, plans.fields(plan.orElseThrow().id()), units.activeUnits(), (d, reason) -> {
                    var created = tasks.create(d);
                    if (criterionId != null && criteria.criterion(criterionId).isPresent()) {
                        criteria.linkCriteria(created.code(), java.util.Set.of(criterionId), created.version());
                    }
                    Notifications.success(getTranslation("tasks.saved", created.code()));
                    dialog[0].close();
                    UI.getCurrent().navigate(TaskDetailView.class, TaskDetailView.params(created.code()));
                });
        dialog[0].withWorkingDays(workingCalendar, java.time.LocalDate.now(clock));
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }
}
