package org.parsteering.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Consumer;
import org.parsteering.base.ui.Localized;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitDraft;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;

/** Create or edit a unit. A passive form: it validates and hands the draft to {@code onSave}. */
class UnitFormDialog extends Dialog {

    private final BeanValidationBinder<UnitDraft> binder = new BeanValidationBinder<>(UnitDraft.class);
    private final UnitDraft draft;

    UnitFormDialog(UnitDraft draft, List<UnitSummary> parents, List<String> lineage, Consumer<UnitDraft> onSave) {
        this.draft = draft;
        boolean isNew = draft.getId() == null;
        setHeaderTitle(isNew ? getTranslation("units.create") : getTranslation("units.edit", draft.getCode()));
        setWidth("min(40rem, 96vw)");

        TextField code = new TextField(getTranslation("units.code"));
        code.setMaxLength(Unit.CODE_LENGTH);
        code.setReadOnly(!isNew);
        code.setHelperText(getTranslation("units.codeHelp"));
        TextField name = new TextField(getTranslation("units.name"));
        name.setMaxLength(Unit.NAME_LENGTH);
        Select<UnitType> type = new Select<>();
        type.setLabel(getTranslation("units.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        ComboBox<String> parent = new ComboBox<>(getTranslation("units.parent"));
        parent.setItems(parents.stream()
                .map(UnitSummary::code)
                .filter(c -> !c.equals(draft.getCode()))
                .toList());
        var labels = new java.util.HashMap<String, String>();
        parents.forEach(p -> labels.put(p.code(), p.label()));
        parent.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
        parent.setClearButtonVisible(true);
        DatePicker from = new DatePicker(getTranslation("units.activeFrom"));
        DatePicker to = new DatePicker(getTranslation("units.activeTo"));
        Localized.datePicker(from);
        Localized.datePicker(to);

        binder.forField(code)
                .asRequired(getTranslation("validation.requiredField"))
                .withConverter(
                        v -> v == null ? null : v.strip().toUpperCase(java.util.Locale.ROOT), v -> v == null ? "" : v)
                .bind("code");
        binder.forField(name)
                .asRequired(getTranslation("validation.requiredField"))
                .bind("name");
        binder.forField(type)
                .asRequired(getTranslation("validation.requiredField"))
                .bind("type");
        binder.forField(parent).bind("parentCode");
        binder.forField(from).bind("activeFrom");
        binder.forField(to).bind("activeTo");
        binder.readBean(draft);

        FormLayout form = new FormLayout(code, name, type, parent, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        add(form);
        if (!isNew) {
            com.vaadin.flow.component.html.H4 title =
                    new com.vaadin.flow.component.html.H4(getTranslation("units.lineage.title"));
            com.vaadin.flow.component.html.Div lines = new com.vaadin.flow.component.html.Div();
            lines.setId("unit-lineage");
            lines.addClassName("unit-lineage");
            if (lineage.isEmpty()) {
                lines.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("units.lineage.none")));
            }
            lineage.forEach(l -> lines.add(new com.vaadin.flow.component.html.Paragraph(l)));
            add(title, lines);
        }

        Button save = new Button(getTranslation("common.save"), e -> {
            if (binder.writeBeanIfValid(this.draft)) {
                onSave.accept(this.draft);
            } else {
                binder.validate();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("unit-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
