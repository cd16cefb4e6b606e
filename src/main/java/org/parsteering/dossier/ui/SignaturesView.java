package org.parsteering.dossier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.Role;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.dossier.Rate;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.dossier.SignatureRow;
import org.parsteering.dossier.SignatureService;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitType;

/**
 * Leaders' digital signatures (SPEC 6): units × months with each month's rate, red below the threshold,
 * and the monthly entry (a unit head for their own unit) or the import of a file.
 */
@Route("signatures")
@PermitAll
@Menu(order = 25, icon = "vaadin:pencil", title = "nav.signatures")
public class SignaturesView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final SignatureService signatures;
    private final Thresholds thresholds;
    final Select<Integer> months = new Select<>();
    final Select<UnitType> type = new Select<>();
    final Grid<SignatureRow> grid = new Grid<>();
    final org.parsteering.unit.ui.StructureSelect structure = new org.parsteering.unit.ui.StructureSelect();
    private final org.parsteering.unit.UnitChangeService changes;
    private final YearMonth current;
    /** Set while the address is read, which must not be written back. */
    private boolean applyingUrl;

    public SignaturesView(
            SignatureService signatures,
            SignatureImportService importService,
            UnitService units,
            SettingsService settings,
            CurrentUser currentUser,
            Clock clock,
            org.parsteering.unit.UnitChangeService changes) {
        this.signatures = signatures;
        this.changes = changes;
        this.thresholds = settings.thresholds();
        this.current = YearMonth.now(clock);
        ParUser me = currentUser.require();
        addClassName("signatures-view");
        List<Component> actions = new ArrayList<>();
        if (me.role() != Role.INSPECTOR) {
            actions.add(ImportDialog.button(
                    "signatures-import",
                    getTranslation("signatures.import"),
                    getTranslation("signatures.importHelp"),
                    org.parsteering.dossier.SignatureImportService.FORMAT,
                    (file, name, progress) -> importService.importSignatures(file),
                    this::refresh));
        }
        add(new ViewHeader(
                getTranslation("nav.signatures"),
                getTranslation("signatures.description", thresholds.signatures()),
                actions.toArray(Component[]::new)));

        months.setItems(4, 6, 12, 24, 36);
        months.setValue(6);
        months.setItemLabelGenerator(n -> getTranslation("signatures.lastMonths", n));
        months.setAriaLabel(getTranslation("figures.period"));
        months.addValueChangeListener(e -> refresh());
        type.setItems(UnitType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("units.allTypes"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("units.allTypes") : getTranslation(t.messageKey()));
        type.setValue(UnitType.COMMUNE);
        type.setAriaLabel(getTranslation("units.type"));
        type.addValueChangeListener(e -> refresh());
        structure.addValueChangeListener(e -> {
            if (!applyingUrl) {
                java.util.Map<String, List<String>> q = new java.util.LinkedHashMap<>();
                structure.write(q);
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                "signatures"
                                        + (q.isEmpty()
                                                ? ""
                                                : "?"
                                                        + new com.vaadin.flow.router.QueryParameters(q)
                                                                .getQueryString())));
            }
            refresh();
        });
        HorizontalLayout bar = new HorizontalLayout(months, type, structure);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-bar");

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("signatures-grid");
        grid.setMinHeight("24rem");
        add(bar, grid);
        if (me.role() != Role.INSPECTOR) {
            add(entryForm(me, units));
        }
        refresh();
    }

    private Section entryForm(ParUser me, UnitService units) {
        ComboBox<String> unit = new ComboBox<>(getTranslation("tasks.unit"));
        Map<String, String> names = new HashMap<>();
        if (me.role() == Role.UNIT_HEAD) {
            names.put(me.unitCode(), me.unitName());
            unit.setItems(me.unitCode());
            unit.setValue(me.unitCode());
            unit.setReadOnly(true);
        } else {
            units.activeUnits().forEach(u -> names.put(u.code(), u.name()));
            unit.setItems(units.activeUnits().stream().map(u -> u.code()).toList());
        }
        unit.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        unit.setWidth("18rem");
        unit.setId("signature-unit");
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("signatures.month"));
        List<YearMonth> recent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            recent.add(current.minusMonths(i));
        }
        month.setItems(recent);
        month.setValue(current.minusMonths(1));
        month.setItemLabelGenerator(SignaturesView::monthLabel);
        month.setId("signature-month");
        IntegerField issued = new IntegerField(getTranslation("signatures.issued"));
        issued.setMin(0);
        issued.setId("signature-issued");
        IntegerField signed = new IntegerField(getTranslation("signatures.signed"));
        signed.setMin(0);
        signed.setId("signature-signed");
        Span overwrite = new Span();
        overwrite.addClassName("signature-overwrite");
        overwrite.setId("signature-overwrite");
        Runnable prefill = () -> {
            Rate existing = existing(unit.getValue(), month.getValue());
            issued.setValue(existing == null ? null : (int) existing.denominator());
            signed.setValue(existing == null ? null : (int) existing.numerator());
            issued.setInvalid(false);
            signed.setInvalid(false);
            overwrite.setText(
                    existing == null
                            ? ""
                            : getTranslation(
                                    "signatures.overwrite",
                                    names.getOrDefault(unit.getValue(), unit.getValue()),
                                    monthLabel(month.getValue()),
                                    existing.denominator(),
                                    existing.numerator()));
            overwrite.setVisible(existing != null);
        };
        unit.addValueChangeListener(e -> prefill.run());
        month.addValueChangeListener(e -> prefill.run());
        prefill.run();
        FieldErrors errors = new FieldErrors(this)
                .on("signatures.error.negative", issued)
                .on("import.error.signedOverIssued", signed)
                .on("signatures.error.future", month);
        Button save = new Button(getTranslation("common.save"), e -> {
            boolean missing = false;
            Map<com.vaadin.flow.component.HasValidation, Object> required = new java.util.LinkedHashMap<>();
            required.put(unit, unit.getValue());
            required.put(month, month.getValue());
            required.put(issued, issued.getValue());
            required.put(signed, signed.getValue());
            for (var field : required.entrySet()) {
                if (field.getValue() == null) {
                    errors.show(field.getKey(), "validation.requiredField");
                    missing = true;
                }
            }
            if (missing
                    || !errors.save(() ->
                            signatures.save(unit.getValue(), month.getValue(), issued.getValue(), signed.getValue()))) {
                return;
            }
            Notifications.success(
                    getTranslation("signatures.saved", names.getOrDefault(unit.getValue(), unit.getValue())));
            refresh();
            prefill.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("signature-save");
        HorizontalLayout row = new HorizontalLayout(unit, month, issued, signed, save);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Section s = new Section(new H2(getTranslation("signatures.entry")), row, overwrite);
        s.addClassName("card");
        return s;
    }

    /** The figures already entered for the unit and month, or null. */
    private Rate existing(String unitCode, YearMonth month) {
        if (unitCode == null || month == null) {
            return null;
        }
        return signatures.matrix(month, month).stream()
                .filter(r -> r.unitCode().equals(unitCode))
                .findFirst()
                .map(r -> r.months().get(month))
                .orElse(null);
    }

    private static String monthLabel(YearMonth m) {
        return String.format("%02d/%d", m.getMonthValue(), m.getYear());
    }

    void refresh() {
        // Open where the data is: the latest month with figures, not an empty current month.
        YearMonth last =
                signatures.latestMonth().filter(m -> m.isBefore(current)).orElse(current);
        YearMonth first = last.minusMonths(months.getValue() - 1L);
        List<YearMonth> columns = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            columns.add(m);
        }
        grid.removeAllColumns();
        boolean currentStructure = structure.structure() == org.parsteering.unit.Structure.CURRENT;
        List<SignatureRow> rows = signatures.matrix(first, last, structure.structure()).stream()
                .filter(r -> type.getValue() == null || r.unitType() == type.getValue())
                .toList();
        Map<String, String> names = currentStructure
                        && rows.stream().anyMatch(r -> !r.predecessors().isEmpty())
                ? org.parsteering.unit.ui.StructureSelect.predecessorNames(changes.history())
                : Map.of();
        grid.addComponentColumn(r -> unitCell(r, currentStructure, names))
                .setHeader(getTranslation("tasks.unit"))
                .setWidth("14rem")
                .setFrozen(true)
                .setComparator(SignatureRow::unitCode);
        for (YearMonth m : columns) {
            grid.addComponentColumn(r -> cell(r.months().get(m)))
                    .setHeader(String.format("%02d/%d", m.getMonthValue(), m.getYear() % 100))
                    .setWidth("6.5rem")
                    .setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey(m.toString());
        }
        grid.setItems(rows);
    }

    /** The unit's name, a closed unit marked with its end, and in the current structure the units it carries on. */
    private Component unitCell(SignatureRow r, boolean currentStructure, Map<String, String> names) {
        Span name = new Span(
                r.unitName() + org.parsteering.unit.ui.StructureSelect.closedMark(this, r.activeTo(), getLocale()));
        String includes = currentStructure
                ? org.parsteering.unit.ui.StructureSelect.includes(this, r.predecessors(), names)
                : null;
        if (includes == null) {
            return name;
        }
        Span note = new Span(includes);
        note.addClassName("unit-includes");
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(name, note);
        cell.addClassName("unit-label");
        cell.getElement().setAttribute("title", includes);
        return cell;
    }

    /** {@code ?structure=historical}: the structure, as this page writes it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        applyingUrl = true;
        try {
            structure.read(event.getLocation().getQueryParameters());
        } finally {
            applyingUrl = false;
        }
    }

    private Component cell(Rate rate) {
        return new RateCell(
                rate,
                thresholds.signatures(),
                getLocale(),
                getTranslation("figures.belowThreshold", thresholds.signatures()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.signatures");
    }
}
