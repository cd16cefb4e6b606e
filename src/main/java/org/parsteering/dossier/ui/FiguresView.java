package org.parsteering.dossier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.ReportingYears;
import org.parsteering.base.ui.CompactGrid;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.dossier.Channel;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.LateDossier;
import org.parsteering.dossier.LateKind;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.security.CurrentUser;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.UnitType;

/**
 * Dossiers and figures (SPEC 6): the Decision 766 figures of every unit for a chosen period and channel,
 * each as a rate with numerator and denominator, red below its threshold; group rows for the district
 * office, departments, communes and all; sortable by any figure (the commune league table). A unit's
 * late dossiers open from its row.
 */
@Route("dossiers")
@PermitAll
@Menu(order = 20, icon = "vaadin:chart-grid", title = "nav.figures")
public class FiguresView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final FigureService figures;
    private final org.parsteering.dossier.FigureGroupService groupService;
    private final org.parsteering.unit.UnitChangeService changes;
    private final Thresholds thresholds;
    final org.parsteering.unit.ui.StructureSelect structure = new org.parsteering.unit.ui.StructureSelect();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<String> preset = new Select<>();
    final Select<Channel> channel = new Select<>();
    final Grid<Row> groups = new Grid<>();
    final Grid<Row> units = new Grid<>();
    private final String ownUnit;
    /** Set while one field updates the others, so one change reloads once. */
    private boolean syncing;
    /** Set while the address is read, which must not be written back. */
    private boolean applyingUrl;

    /**
     * A row of the figures grids: a unit or a group. {@code note} is the line under a unit's name in the current
     * structure ("incl. Bài Sơn, …": the units it carries on), or null.
     */
    record Row(String code, String label, UnitType type, FigureCounts counts, String note) {

        Row(String code, String label, UnitType type, FigureCounts counts) {
            this(code, label, type, counts, null);
        }
    }

    public FiguresView(
            FigureService figures,
            SettingsService settings,
            CurrentUser currentUser,
            Clock clock,
            org.parsteering.dossier.ProcedureImportService procedureImport,
            org.parsteering.dossier.DossierImportService dossierImport,
            org.parsteering.dossier.FigureGroupService groupService,
            org.parsteering.unit.UnitChangeService changes) {
        this.figures = figures;
        this.groupService = groupService;
        this.changes = changes;
        this.thresholds = settings.thresholds();
        this.ownUnit = currentUser.require().unitCode();
        addClassName("figures-view");
        List<Component> actions = new ArrayList<>();
        var role = currentUser.require().role();
        if (role == org.parsteering.base.Role.SECRETARY || role == org.parsteering.base.Role.COMMITTEE) {
            actions.add(org.parsteering.base.ui.ImportDialog.button(
                    "import-procedures",
                    getTranslation("figures.importProcedures"),
                    getTranslation("figures.importProceduresHelp"),
                    org.parsteering.dossier.ProcedureImportService.FORMAT,
                    (file, name, progress) -> procedureImport.importProcedures(file),
                    this::refresh));
            actions.add(org.parsteering.base.ui.ImportDialog.button(
                    "import-dossiers",
                    getTranslation("figures.importDossiers"),
                    getTranslation("figures.importDossiersHelp"),
                    org.parsteering.dossier.DossierImportService.FORMAT,
                    (file, name, progress) -> dossierImport.importDossiers(file, progress),
                    this::refresh));
        }
        add(new ViewHeader(
                getTranslation("nav.figures"),
                getTranslation("figures.description"),
                actions.toArray(Component[]::new)));

        LocalDate today = LocalDate.now(clock);
        Period currentQuarter = Period.quarterOf(today);
        List<String> presets = new ArrayList<>();
        for (int y = today.getYear(); y >= today.getYear() - 2; y--) {
            for (int q = 4; q >= 1; q--) {
                Period quarter = Period.quarter(y, q);
                if (!quarter.from().isAfter(today)) {
                    presets.add(quarter.key());
                }
            }
            presets.add(Period.year(y).key());
        }
        preset.setItems(presets);
        preset.setItemLabelGenerator(
                p -> Period.parse(p).map(period -> period.label(getLocale())).orElse(p));
        preset.setLabel(getTranslation("figures.period"));
        preset.setId("figures-preset");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Localized.datePicker(from);
        Localized.datePicker(to);
        for (DatePicker picker : List.of(from, to)) {
            picker.setMin(ReportingYears.FIRST_DAY);
            picker.setMax(ReportingYears.LAST_DAY);
        }
        from.setValue(currentQuarter.from());
        to.setValue(currentQuarter.to());
        preset.addValueChangeListener(e -> {
            if (e.getValue() == null || syncing) {
                return;
            }
            Period period = Period.parse(e.getValue()).orElse(null);
            if (period == null) {
                return;
            }
            showPeriod(period.from(), period.to());
        });
        syncing = true;
        preset.setValue(presetFor(from.getValue(), to.getValue())); // the current quarter shows on first open
        syncing = false;
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("figures.allChannels"));
        channel.setItemLabelGenerator(
                c -> c == null ? getTranslation("figures.allChannels") : getTranslation("figures.channel." + c.name()));
        channel.setLabel(getTranslation("figures.channel"));
        channel.setId("figures-channel");
        from.addValueChangeListener(e -> periodChanged());
        to.addValueChangeListener(e -> periodChanged());
        channel.addValueChangeListener(e -> periodChanged());
        structure.addValueChangeListener(e -> periodChanged());
        HorizontalLayout bar = new HorizontalLayout(preset, from, to, channel, structure);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-bar");

        configure(groups, false);
        groups.setAllRowsVisible(true);
        groups.setId("figures-groups");
        configure(units, true);
        units.setId("figures-units");
        units.setMinHeight("24rem");
        units.addItemClickListener(e -> openLate(e.getItem()));
        add(bar, groups, new H2(getTranslation("figures.byUnit")), units);
        refresh();
    }

    /** The preset that is exactly this period, or null (a period picked by hand). */
    private String presetFor(LocalDate f, LocalDate t) {
        return preset.getListDataView()
                .getItems()
                .filter(p -> Period.parse(p)
                        .filter(period -> period.from().equals(f) && period.to().equals(t))
                        .isPresent())
                .findFirst()
                .orElse(null);
    }

    /** Puts the period in the pickers without each picker reacting on its own, then reads it once. */
    private void showPeriod(LocalDate first, LocalDate last) {
        syncing = true;
        try {
            from.setValue(first);
            to.setValue(last);
        } finally {
            syncing = false;
        }
        periodChanged();
    }

    /**
     * The period or the channel changed: the preset shows the period when it is one, the address carries the
     * period and channel (so a reload or a shared link opens the same figures), and the grids reload.
     */
    private void periodChanged() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            preset.setValue(presetFor(from.getValue(), to.getValue()));
        } finally {
            syncing = false;
        }
        if (!applyingUrl && validPeriod()) {
            UI.getCurrent()
                    .getPage()
                    .getHistory()
                    .replaceState(null, "dossiers?" + toQuery().getQueryString());
        }
        refresh();
    }

    /** {@code from}, {@code to} and {@code channel} as the address carries them. */
    QueryParameters toQuery() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (from.getValue() != null && to.getValue() != null) {
            q.put("from", List.of(from.getValue().toString()));
            q.put("to", List.of(to.getValue().toString()));
        }
        if (channel.getValue() != null) {
            q.put("channel", List.of(channel.getValue().name()));
        }
        structure.write(q);
        return new QueryParameters(q);
    }

    private void configure(Grid<Row> grid, boolean sortable) {
        var label = grid.addComponentColumn(FiguresView::labelCell)
                .setKey("label")
                .setTooltipGenerator(r -> r.note() == null ? r.label() : r.label() + " — " + r.note())
                .setHeader(getTranslation(sortable ? "tasks.unit" : "figures.group"))
                .setWidth("12rem")
                .setFlexGrow(2)
                .setFrozen(true);
        if (sortable) {
            label.setComparator(Comparator.comparing(Row::code));
        }
        for (Figure f : Figure.values()) {
            var column = grid.addComponentColumn(r -> cell(f, r.counts()))
                    .setHeader(getTranslation(f.messageKey()))
                    // Narrow enough that all eight figures fit a 1440 px laptop beside the menu; the headers wrap.
                    .setWidth("6.75rem")
                    .setFlexGrow(1)
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey(f.name());
            if (sortable) {
                column.setSortable(true)
                        .setComparator(Comparator.comparingDouble((Row r) ->
                                f.of(r.counts()).defined() ? f.of(r.counts()).percent() : -1));
            }
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    private Component cell(Figure f, FigureCounts counts) {
        Double threshold = thresholds.rate(f.thresholdKey());
        return new RateCell(f.of(counts), threshold, getLocale(), getTranslation("figures.belowThreshold", threshold));
    }

    private boolean validPeriod() {
        return from.getValue() != null
                && to.getValue() != null
                && !from.getValue().isAfter(to.getValue());
    }

    void refresh() {
        if (!validPeriod()) {
            return;
        }
        FigureReport report =
                figures.figures(from.getValue(), to.getValue(), null, channel.getValue(), structure.structure());
        List<Row> groupRows = new ArrayList<>();
        for (var g : groupService.groups(report)) {
            groupRows.add(new Row(g.key(), getTranslation(g.labelKey()), null, report.group(g.key())));
        }
        groups.setItems(groupRows);
        boolean current = structure.structure() == org.parsteering.unit.Structure.CURRENT;
        Map<String, String> names = current
                        && report.units().stream()
                                .anyMatch(u -> !u.predecessors().isEmpty())
                ? org.parsteering.unit.ui.StructureSelect.predecessorNames(changes.history())
                : Map.of();
        List<Row> unitRows = report.units().stream()
                .map(u -> new Row(
                        u.unitCode(),
                        label(u),
                        u.unitType(),
                        u.counts(),
                        current
                                ? org.parsteering.unit.ui.StructureSelect.includes(this, u.predecessors(), names)
                                : null))
                .toList();
        units.setItems(unitRows);
    }

    /**
     * A unit's name, starred when it is the user's own; a closed unit (in the historical structure, or abolished
     * without a successor) is marked "(closed 30/06/2025)".
     */
    private String label(UnitFigures u) {
        return (u.unitCode().equals(ownUnit) ? "★ " : "")
                + u.unitName()
                + org.parsteering.unit.ui.StructureSelect.closedMark(this, u.activeTo(), getLocale());
    }

    /** The name, and below it the units it carries on. */
    private static Component labelCell(Row r) {
        Span name = new Span(r.label());
        if (r.note() == null) {
            return name;
        }
        Span note = new Span(r.note());
        note.addClassName("unit-includes");
        Div cell = new Div(name, note);
        cell.addClassName("unit-label");
        return cell;
    }

    void openLate(Row row) {
        if (row == null) {
            return; // a click while the grid reloads hits no row
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(
                "figures.lateTitle",
                row.label(),
                Formats.date(from.getValue(), getLocale()),
                Formats.date(to.getValue(), getLocale())));
        d.setWidth("min(72rem, 96vw)");
        Grid<LateDossier> grid = new Grid<>();
        grid.addColumn(LateDossier::code)
                .setHeader(getTranslation("figures.dossier"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.procedureName())
                .setHeader(getTranslation("figures.procedure"))
                .setWidth("16rem")
                .setFlexGrow(1);
        grid.addColumn(l -> Formats.date(l.receivedOn(), getLocale()))
                .setHeader(getTranslation("figures.received"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.date(l.dueOn(), getLocale()))
                .setHeader(getTranslation("figures.due"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.completedOn() == null
                        ? getTranslation("figures.pending")
                        : Formats.date(l.completedOn(), getLocale()))
                .setHeader(getTranslation("figures.completed"))
                .setAutoWidth(true);
        grid.addColumn(LateDossier::daysLate)
                .setHeader(getTranslation("figures.daysLate"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        CompactGrid.of(grid, this::lateCard, getTranslation("figures.dossier"));
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        Channel c = channel.getValue();
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<LateKind> kind =
                new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
        kind.setItems(LateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("figures.lateKind." + k.name()));
        kind.setValue(LateKind.ALL);
        kind.setId("late-kind");
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> figures
                .lateDossiers(row.code(), f, t, c, kind.getValue(), q.getOffset(), q.getLimit(), structure.structure())
                .stream());
        grid.setEmptyStateText(getTranslation("figures.noLate"));
        grid.setHeight("26rem");
        grid.setId("late-dossiers");
        d.add(kind, grid);
        String baseName = "late-dossiers-" + row.code() + "-" + f + "-" + t;
        com.vaadin.flow.component.html.Anchor csv = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = LateDossiersExport.csv(figures.lateDossiers(
                            row.code(),
                            f,
                            t,
                            c,
                            kind.getValue(),
                            0,
                            LateDossiersExport.MAX_ROWS,
                            structure.structure()));
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            baseName + ".csv",
                            "text/csv; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("figures.exportCsv"));
        csv.setId("late-dossiers-csv");
        java.util.List<String> headers = LateDossiersExport.COLUMNS.stream()
                .map(col -> getTranslation("figures.export." + col))
                .toList();
        String sheet = getTranslation("figures.lateSheet");
        java.util.Map<Channel, String> channelLabels = new java.util.EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            channelLabels.put(ch, getTranslation("figures.channel." + ch.name()));
        }
        com.vaadin.flow.component.html.Anchor xlsx = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = LateDossiersExport.xlsx(
                            sheet,
                            headers,
                            figures.lateDossiers(
                                    row.code(),
                                    f,
                                    t,
                                    c,
                                    kind.getValue(),
                                    0,
                                    LateDossiersExport.MAX_ROWS,
                                    structure.structure()),
                            channelLabels::get);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            baseName + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                getTranslation("figures.exportXlsx"));
        xlsx.setId("late-dossiers-xlsx");
        com.vaadin.flow.component.html.Span spacer = new com.vaadin.flow.component.html.Span();
        spacer.getStyle().set("flex", "1");
        d.getFooter().add(csv, xlsx, spacer, new Button(getTranslation("common.close"), e -> d.close()));
        d.open();
    }

    /** A late dossier as a phone shows it: code and days late, procedure, received, due and completed dates. */
    private Component lateCard(LateDossier l) {
        Span code = new Span(l.code());
        code.addClassName("compact-card-code");
        Span days = new Span(getTranslation("figures.daysLateCount", l.daysLate()));
        days.addClassName("compact-card-alert");
        Div head = new Div(code, days);
        head.addClassName("compact-card-head");
        Span procedure = new Span(l.procedureName());
        procedure.addClassName("compact-card-title");
        Span dates = new Span(getTranslation("figures.received") + " " + Formats.date(l.receivedOn(), getLocale())
                + " · " + getTranslation("figures.due") + " " + Formats.date(l.dueOn(), getLocale()));
        dates.addClassName("compact-card-meta");
        Span completed = new Span(
                l.completedOn() == null
                        ? getTranslation("figures.pending")
                        : getTranslation("figures.completed") + " " + Formats.date(l.completedOn(), getLocale()));
        completed.addClassName("compact-card-meta");
        return new Div(head, procedure, dates, completed);
    }

    /**
     * {@code ?from=2024-04-01&to=2024-06-30[&channel=ONLINE][&unit=XA-BAISON]}: the period and channel (as this
     * page writes them), and a unit's row selected (dashboard links). A period the service refuses (backwards, or outside the years 2000–2100) shows its message and
     * keeps the current quarter.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            structure.read(q);
            channel.setValue(q.getSingleParameter("channel")
                    .flatMap(FiguresView::channelOf)
                    .orElse(null));
            var f = q.getSingleParameter("from").map(LocalDate::parse);
            var t = q.getSingleParameter("to").map(LocalDate::parse);
            if (f.isPresent() && t.isPresent()) {
                // The service checks the period (order, years 2000–2100) before the pickers ever see it.
                figures.figures(f.get(), t.get(), null, channel.getValue(), structure.structure());
                showPeriod(f.get(), t.get());
            }
        } catch (java.time.DateTimeException e) {
            // an unreadable date in the address: keep the current quarter
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        } finally {
            applyingUrl = false;
        }
        q.getSingleParameter("unit")
                .ifPresent(code -> units.getListDataView()
                        .getItems()
                        .filter(r -> r.code().equals(code))
                        .findFirst()
                        .ifPresent(r -> {
                            units.select(r);
                            units.scrollToItem(r);
                        }));
    }

    private static java.util.Optional<Channel> channelOf(String name) {
        try {
            return java.util.Optional.of(Channel.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // an unknown channel in a shared link: all channels
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.figures");
    }
}
