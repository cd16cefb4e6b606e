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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.unit.UnitChangeImportService;
import org.parsteering.unit.UnitDraft;
import org.parsteering.unit.UnitImportService;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;

/** Unit administration (SECRETARY): list, search, create, edit, close with a date, delete if unused, import. */
@Route("admin/units")
@RolesAllowed(Roles.SECRETARY)
@Menu(order = 80, icon = "vaadin:sitemap", title = "nav.units")
public class UnitsView extends Main implements HasDynamicTitle {

    private final UnitService units;
    private final Clock clock;
    final Grid<UnitSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<UnitType> typeFilter = new Select<>();
    final Checkbox showClosed = new Checkbox();

    public UnitsView(
            UnitService units, UnitImportService importService, UnitChangeImportService changeImport, Clock clock) {
        this.units = units;
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
        Button importChanges = ImportDialog.button(
                "unit-change-import",
                getTranslation("units.importChanges"),
                getTranslation("units.importChangesHelp"),
                UnitChangeImportService.FORMAT,
                (file, name, progress) -> changeImport.importUnitChanges(file),
                this::refresh);
        add(new ViewHeader(
                getTranslation("nav.units"), getTranslation("units.description"), importButton, importChanges, create));

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
                .setFrozenToEnd(true);
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
                    Span badge = new Span(getTranslation(u.active() ? "units.active" : "units.closed"));
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
        add(filters, grid);
        setSizeFull();
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
        dialog[0] = new UnitFormDialog(draft, units.activeUnits(), d -> {
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

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
