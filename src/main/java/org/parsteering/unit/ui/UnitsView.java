package org.parsteering.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.unit.UnitChangeImportService;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitChangeSummary;
import org.parsteering.unit.UnitDraft;
import org.parsteering.unit.UnitImportService;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;

/**
 * Unit administration (SECRETARY): list, search, create, edit, close with a date, delete if unused, import; and
 * the unit changes of SPEC 2a — a History tab of every merger, renaming and abolition, a dialog that records one,
 * and each unit's predecessors and successor in its edit dialog.
 */
@Route("admin/units")
@RolesAllowed(Roles.SECRETARY)
@Menu(order = 80, icon = "vaadin:sitemap", title = "nav.units")
public class UnitsView extends Main implements HasDynamicTitle {

    private final UnitService units;
    private final UnitChangeService changes;
    private final Clock clock;
    final Grid<UnitSummary> grid = new Grid<>();
    final Grid<UnitChangeSummary> history = new Grid<>();
    final TabSheet tabs = new TabSheet();
    final Button recordChange = new Button();
    final TextField search = new TextField();
    final Select<UnitType> typeFilter = new Select<>();
    final Checkbox showClosed = new Checkbox();

    public UnitsView(
            UnitService units,
            UnitImportService importService,
            UnitChangeService changes,
            UnitChangeImportService changeImport,
            Clock clock) {
        this.units = units;
        this.changes = changes;
        this.clock = clock;
        addClassName("units-view");

        Button create =
                new Button(getTranslation("units.create"), VaadinIcon.PLUS.create(), e -> openForm(new UnitDraft()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("unit-create");
        Button importButton = ImportDialog.button(
                "unit-import",
                getTranslation("units.import"),
                getTranslation("units.importHelp"),
                org.parsteering.unit.UnitImportService.FORMAT,
                (file, name, progress) -> importService.importUnits(file),
                this::refresh);
        recordChange.setText(getTranslation("units.change.record"));
        recordChange.setIcon(VaadinIcon.CONNECT.create());
        recordChange.setId("unit-change-record");
        recordChange.addClickListener(e -> openChange());
        Button importChanges = ImportDialog.button(
                "unit-change-import",
                getTranslation("units.importChanges"),
                getTranslation("units.importChangesHelp"),
                UnitChangeImportService.FORMAT,
                (file, name, progress) -> changeImport.importUnitChanges(file),
                this::refresh);
        add(new ViewHeader(
                getTranslation("nav.units"),
                getTranslation("units.description"),
                importButton,
                importChanges,
                recordChange,
                create));

        search.setPlaceholder(getTranslation("common.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        search.setAriaLabel(getTranslation("common.search"));
        typeFilter.setItems(UnitType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("units.allTypes"));
        typeFilter.setItemLabelGenerator(
                t -> t == null ? getTranslation("units.allTypes") : getTranslation(t.messageKey()));
        typeFilter.addValueChangeListener(e -> refresh());
        typeFilter.setAriaLabel(getTranslation("units.type"));
        showClosed.setLabel(getTranslation("units.showClosed"));
        showClosed.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, typeFilter, showClosed);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("filter-bar");

        grid.addColumn(UnitSummary::code)
                .setHeader(getTranslation("units.code"))
                .setSortProperty("code")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(UnitSummary::name)
                .setHeader(getTranslation("units.name"))
                .setSortProperty("name")
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(u -> getTranslation(u.type().messageKey()))
                .setHeader(getTranslation("units.type"))
                .setSortProperty("type")
                .setAutoWidth(true);
        grid.addColumn(u -> u.parentName() == null ? "" : u.parentName())
                .setHeader(getTranslation("units.parent"))
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(u -> Formats.date(u.activeFrom(), getLocale()))
                .setHeader(getTranslation("units.activeFrom"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.date(u.activeTo(), getLocale()))
                .setHeader(getTranslation("units.activeTo"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
                    Span badge = new Span(
                            u.active()
                                    ? getTranslation("units.active")
                                    : u.activeTo() == null
                                            ? getTranslation("units.closed")
                                            : getTranslation(
                                                    "units.closedOn", Formats.date(u.activeTo(), getLocale())));
                    badge.getElement().getThemeList().add(u.active() ? "badge success" : "badge contrast");
                    return badge;
                })
                .setHeader(getTranslation("units.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(
                query -> units
                        .search(
                                search.getValue(),
                                typeFilter.getValue(),
                                showClosed.getValue(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) units.search(
                                search.getValue(),
                                typeFilter.getValue(),
                                showClosed.getValue(),
                                org.springframework.data.domain.PageRequest.of(0, 1))
                        .getTotalElements());
        grid.setSizeFull();
        grid.setId("units-grid");
        com.vaadin.flow.component.orderedlayout.VerticalLayout unitsTab =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(filters, grid);
        unitsTab.setPadding(false);
        unitsTab.setSizeFull();
        tabs.add(getTranslation("units.tab.units"), unitsTab);
        tabs.add(getTranslation("units.tab.history"), historyTab());
        tabs.setSizeFull();
        tabs.setId("units-tabs");
        add(tabs);
        setSizeFull();
    }

    /** Every recorded change, the latest first (SPEC 2a). */
    private com.vaadin.flow.component.Component historyTab() {
        history.addColumn(c -> Formats.date(c.changeDate(), getLocale()))
                .setHeader(getTranslation("units.history.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(c -> getTranslation(c.kind().messageKey()))
                .setHeader(getTranslation("units.history.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(UnitsView::predecessorsText)
                .setHeader(getTranslation("units.history.predecessors"))
                .setWidth("18rem")
                .setFlexGrow(3);
        history.addColumn(this::successorText)
                .setHeader(getTranslation("units.history.successor"))
                .setWidth("14rem")
                .setFlexGrow(2);
        history.addColumn(UnitChangeSummary::legalBasis)
                .setHeader(getTranslation("units.history.legalBasis"))
                .setAutoWidth(true);
        history.addColumn(UnitChangeSummary::createdBy)
                .setHeader(getTranslation("units.history.recordedBy"))
                .setAutoWidth(true);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText(getTranslation("units.history.empty"));
        org.parsteering.base.ui.CompactGrid.of(history, this::changeCard, getTranslation("units.tab.history"));
        history.setSizeFull();
        history.setId("unit-changes-grid");
        refreshHistory();
        return history;
    }

    private static String predecessorsText(UnitChangeSummary c) {
        return String.join(
                ", ",
                c.predecessors().stream().map(UnitChangeSummary.UnitRef::label).toList());
    }

    private String successorText(UnitChangeSummary c) {
        if (c.successor() == null) {
            return "—";
        }
        if (c.kind() == org.parsteering.unit.UnitChangeKind.RENAME && c.oldName() != null) {
            return getTranslation(
                    "units.history.renamed",
                    c.successor().code() + " — "
                            + (c.newName() == null ? c.successor().name() : c.newName()),
                    c.oldName());
        }
        return c.successor().label();
    }

    /** A change as a phone shows it: date and kind, the units closed, the successor, the basis and who. */
    private com.vaadin.flow.component.Component changeCard(UnitChangeSummary c) {
        Span head = new Span(Formats.date(c.changeDate(), getLocale()) + " · "
                + getTranslation(c.kind().messageKey()));
        head.addClassName("compact-card-title");
        com.vaadin.flow.component.html.Div card = new com.vaadin.flow.component.html.Div(head);
        if (!c.predecessors().isEmpty()) {
            Span from = new Span(getTranslation("units.history.predecessors") + ": " + predecessorsText(c));
            from.addClassName("compact-card-meta");
            card.add(from);
        }
        Span to = new Span(getTranslation("units.history.successor") + ": " + successorText(c));
        to.addClassName("compact-card-meta");
        Span basis = new Span(c.legalBasis() + " · " + c.createdBy());
        basis.addClassName("compact-card-meta");
        card.add(to, basis);
        return card;
    }

    void refreshHistory() {
        history.setItems(changes.history());
    }

    /** The dialog that records a merger, renaming or abolition; on success both tabs show it. */
    UnitChangeDialog openChange() {
        UnitChangeDialog dialog = new UnitChangeDialog(changes, units.activeUnits(), LocalDate.now(clock), recorded -> {
            String key = switch (recorded.outcome()) {
                case CREATED -> "units.change.recorded";
                case UPDATED -> "units.change.updated";
                case UNCHANGED -> "units.change.unchanged";
            };
            Notifications.success(getTranslation(
                    key,
                    getTranslation(recorded.change().kind().messageKey()),
                    Formats.date(recorded.change().changeDate(), getLocale())));
            refresh();
            refreshHistory();
            tabs.setSelectedIndex(1);
        });
        dialog.open();
        return dialog;
    }

    private MenuBar actions(UnitSummary unit) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("common.actions"));
        root.getSubMenu().addItem(getTranslation("common.edit"), e -> openForm(UnitDraft.of(unit)));
        if (unit.activeTo() == null) {
            root.getSubMenu().addItem(getTranslation("units.deactivate"), e -> openDeactivate(unit));
        } else {
            root.getSubMenu().addItem(getTranslation("units.reactivate"), e -> {
                units.reactivate(unit.code(), unit.version());
                Notifications.success(getTranslation("units.reactivated", unit.code()));
                refresh();
            });
        }
        root.getSubMenu().addItem(getTranslation("common.delete"), e -> confirmDelete(unit));
        return bar;
    }

    void openForm(UnitDraft draft) {
        UnitFormDialog[] dialog = new UnitFormDialog[1];
        List<String> lineage = draft.getCode() == null ? List.of() : lineageLines(draft.getCode());
        dialog[0] = new UnitFormDialog(draft, units.activeUnits(), lineage, d -> {
            UnitSummary saved = d.getId() == null ? units.create(d) : units.update(d);
            Notifications.success(getTranslation("units.saved", saved.code()));
            dialog[0].close();
            refresh();
        });
        dialog[0].open();
    }

    private void openDeactivate(UnitSummary unit) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("units.deactivateTitle", unit.label()));
        DatePicker date = new DatePicker(getTranslation("units.activeTo"), LocalDate.now(clock));
        Localized.datePicker(date);
        dialog.setText(date);
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("units.deactivateText")));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("units.deactivate"));
        dialog.addConfirmListener(e -> {
            units.deactivate(unit.code(), unit.version(), date.getValue());
            Notifications.success(getTranslation("units.deactivated", unit.code()));
            refresh();
        });
        dialog.open();
    }

    private void confirmDelete(UnitSummary unit) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("units.deleteTitle", unit.label()),
                getTranslation("units.deleteText"),
                getTranslation("common.delete"),
                e -> {
                    units.delete(unit.code());
                    Notifications.success(getTranslation("units.deleted", unit.code()));
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /**
     * A unit's predecessors (the changes it is the successor of) and its successor (the change that closed it),
     * one line each, for its edit dialog.
     */
    List<String> lineageLines(String code) {
        org.parsteering.unit.UnitChangeService.Lineage lineage = changes.lineage(code);
        List<String> lines = new java.util.ArrayList<>();
        for (UnitChangeSummary c : lineage.from()) {
            String from = c.predecessors().isEmpty() && c.oldName() != null ? c.oldName() : predecessorsText(c);
            lines.add(getTranslation(
                    "units.lineage.from",
                    getTranslation(c.kind().messageKey()),
                    from,
                    Formats.date(c.changeDate(), getLocale()),
                    c.legalBasis()));
        }
        UnitChangeSummary closed = lineage.closedBy();
        if (closed != null) {
            String day = Formats.date(closed.changeDate().minusDays(1), getLocale());
            lines.add(
                    closed.successor() == null
                            ? getTranslation(
                                    "units.lineage.closedNoSuccessor",
                                    day,
                                    getTranslation(closed.kind().messageKey()),
                                    closed.legalBasis())
                            : getTranslation(
                                    "units.lineage.closedBy",
                                    day,
                                    getTranslation(closed.kind().messageKey()),
                                    closed.successor().label(),
                                    closed.legalBasis()));
        }
        return lines;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
