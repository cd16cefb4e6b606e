package org.parsteering.unit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Localized;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitChangeException;
import org.parsteering.unit.UnitChangeKind;
import org.parsteering.unit.UnitChangeRequest;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;

/**
 * Records a merger, renaming or abolition (SPEC 2a) through {@link UnitChangeService#record}. A broken rule is
 * shown on the field it is about ({@link UnitChangeException#column()}), translated, and the dialog stays open
 * with everything the secretary entered.
 */
class UnitChangeDialog extends Dialog {

    /** Whether the successor is a unit that exists or one the change creates. */
    enum SuccessorMode {
        EXISTING,
        NEW;

        String messageKey() {
            return "units.change.successor" + (this == EXISTING ? "Existing" : "New");
        }
    }

    final Select<UnitChangeKind> kind = new Select<>();
    final DatePicker date = new DatePicker();
    final MultiSelectComboBox<String> predecessors = new MultiSelectComboBox<>();
    final RadioButtonGroup<SuccessorMode> mode = new RadioButtonGroup<>();
    final ComboBox<String> successor = new ComboBox<>();
    final TextField newCode = new TextField();
    final TextField newName = new TextField();
    final Select<UnitType> newType = new Select<>();
    final TextField legalBasis = new TextField();
    final Button save = new Button();
    private final UnitChangeService changes;
    private final Consumer<UnitChangeService.Recorded> onRecorded;

    UnitChangeDialog(
            UnitChangeService changes,
            List<UnitSummary> activeUnits,
            LocalDate today,
            Consumer<UnitChangeService.Recorded> onRecorded) {
        this.changes = changes;
        this.onRecorded = onRecorded;
        setHeaderTitle(getTranslation("units.change.title"));
        setWidth("min(44rem, 96vw)");
        Map<String, String> labels = new HashMap<>();
        activeUnits.forEach(u -> labels.put(u.code(), u.label()));
        List<String> codes = activeUnits.stream().map(UnitSummary::code).toList();

        kind.setLabel(getTranslation("units.change.kind"));
        kind.setItems(UnitChangeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(UnitChangeKind.MERGE);
        kind.setId("change-kind");
        date.setLabel(getTranslation("units.change.date"));
        Localized.datePicker(date);
        date.setMax(today);
        date.setId("change-date");
        predecessors.setLabel(getTranslation("units.change.predecessors"));
        predecessors.setItems(codes);
        predecessors.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
        predecessors.setId("change-predecessors");
        mode.setLabel(getTranslation("units.change.successorMode"));
        mode.setItems(SuccessorMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setValue(SuccessorMode.NEW);
        mode.setId("change-successor-mode");
        successor.setLabel(getTranslation("units.change.successor"));
        successor.setItems(codes);
        successor.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
        successor.setClearButtonVisible(true);
        successor.setId("change-successor");
        newCode.setLabel(getTranslation("units.change.newCode"));
        newCode.setMaxLength(Unit.CODE_LENGTH);
        newCode.setHelperText(getTranslation("units.codeHelp"));
        newCode.setId("change-new-code");
        newName.setLabel(getTranslation("units.change.newName"));
        newName.setMaxLength(Unit.NAME_LENGTH);
        newName.setId("change-new-name");
        newType.setLabel(getTranslation("units.change.newType"));
        newType.setItems(UnitType.values());
        newType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        newType.setId("change-new-type");
        legalBasis.setLabel(getTranslation("units.change.legalBasis"));
        legalBasis.setHelperText(getTranslation("units.change.legalBasisHelp"));
        legalBasis.setMaxLength(200);
        legalBasis.setId("change-legal-basis");

        kind.addValueChangeListener(e -> layoutFor());
        mode.addValueChangeListener(e -> layoutFor());
        layoutFor();

        FormLayout form =
                new FormLayout(kind, date, predecessors, mode, successor, newCode, newName, newType, legalBasis);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(predecessors, 2);
        form.setColspan(mode, 2);
        form.setColspan(legalBasis, 2);
        Paragraph help = new Paragraph(getTranslation("units.change.help"));
        help.addClassName("section-help");
        add(help, form);

        save.setText(getTranslation("units.change.record"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-save");
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** The fields a kind of change needs: a renaming has one unit and its new name, no predecessors. */
    private void layoutFor() {
        boolean rename = kind.getValue() == UnitChangeKind.RENAME;
        boolean createNew = !rename && mode.getValue() == SuccessorMode.NEW;
        predecessors.setVisible(!rename);
        mode.setVisible(!rename);
        successor.setVisible(!createNew);
        successor.setLabel(getTranslation(rename ? "units.change.renamed" : "units.change.successor"));
        newCode.setVisible(createNew);
        newType.setVisible(createNew);
        newName.setVisible(rename || createNew);
        newName.setLabel(getTranslation(rename ? "units.change.newNameRename" : "units.change.newName"));
    }

    /** The change as the service takes it, from the fields the kind shows. */
    UnitChangeRequest request() {
        boolean rename = kind.getValue() == UnitChangeKind.RENAME;
        boolean createNew = !rename && mode.getValue() == SuccessorMode.NEW;
        return new UnitChangeRequest(
                date.getValue(),
                kind.getValue(),
                rename ? List.of() : new ArrayList<>(predecessors.getSelectedItems()),
                createNew ? newCode.getValue().strip().toUpperCase(Locale.ROOT) : successor.getValue(),
                rename || createNew ? newName.getValue() : null,
                createNew ? newType.getValue() : null,
                legalBasis.getValue());
    }

    void save() {
        fields().forEach(f -> f.setInvalid(false));
        try {
            UnitChangeService.Recorded recorded = changes.record(request());
            close();
            onRecorded.accept(recorded);
        } catch (UnitChangeException e) {
            HasValidation field = fieldOf(e.column());
            field.setErrorMessage(getTranslation(e.getMessageKey(), localized(e.getArgs())));
            field.setInvalid(true);
        }
    }

    /** The field an import column names; the successor's code is the new code or the chosen unit. */
    HasValidation fieldOf(String column) {
        boolean createNew = kind.getValue() != UnitChangeKind.RENAME && mode.getValue() == SuccessorMode.NEW;
        return switch (column == null ? "" : column) {
            case "change_date" -> date;
            case "kind" -> kind;
            case "predecessors" -> predecessors;
            case "successor_code" -> createNew ? newCode : successor;
            case "successor_name" -> newName;
            case "successor_type" -> newType;
            default -> legalBasis;
        };
    }

    private List<HasValidation> fields() {
        return List.of(kind, date, predecessors, mode, successor, newCode, newName, newType, legalBasis);
    }

    /** Dates in a message as the reader writes them (dd/MM/yyyy in Vietnamese). */
    private Object[] localized(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate d) {
                out[i] = Formats.date(d, getLocale());
            }
        }
        return out;
    }
}
