package org.parsteering.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.ui.Notifications;
import org.parsteering.plan.FieldDraft;
import org.parsteering.plan.FieldSummary;
import org.parsteering.plan.PlanService;
import org.parsteering.plan.PlanSummary;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;

/**
 * The secretary's fields of one plan: their order (up and down), names in both languages, working group and
 * lead unit; a new field at the end, and removing a field no task uses. A closed plan's fields are only shown.
 * The rules (unique code, unused-only removal, stale copies) are {@link PlanService}'s.
 */
class FieldsDialog extends Dialog {

    final Grid<FieldSummary> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameVi = new TextField();
    final TextField workingGroup = new TextField();
    final ComboBox<String> leadUnit = new ComboBox<>();
    final Button save = new Button();
    private final H3 formTitle = new H3();
    private final PlanService plans;
    private final PlanSummary plan;
    private FieldSummary editing;

    FieldsDialog(PlanService plans, UnitService units, PlanSummary plan) {
        this.plans = plans;
        this.plan = plan;
        setHeaderTitle(getTranslation("fields.title", plan.code()));
        setWidth("min(64rem, 96vw)");
        setId("fields-dialog");
        boolean open = !plan.closed();

        // one column for position, code, name and steering: on a phone separate columns left no room for the name
        grid.addComponentColumn(f -> {
                    Span name = new Span(f.label(getLocale()) + " · " + f.code());
                    name.addClassName("field-name");
                    Span steering = new Span(f.steering() == null ? getTranslation("fields.none") : f.steering());
                    steering.addClassName("field-steering");
                    Div cell = new Div(name, steering);
                    cell.addClassName("field-cell");
                    return cell;
                })
                .setHeader(getTranslation("plans.fields") + " · " + getTranslation("fields.steering"))
                .setFlexGrow(1);
        if (open) {
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("plans.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("fields-grid");
        add(grid);

        if (open) {
            code.setLabel(getTranslation("fields.code"));
            code.setPlaceholder("CDS");
            code.setMaxLength(20);
            code.setId("field-code");
            nameEn.setLabel(getTranslation("fields.nameEn"));
            nameEn.setMaxLength(200);
            nameEn.setId("field-name-en");
            nameVi.setLabel(getTranslation("fields.nameVi"));
            nameVi.setMaxLength(200);
            nameVi.setId("field-name-vi");
            workingGroup.setLabel(getTranslation("fields.workingGroup"));
            workingGroup.setMaxLength(200);
            workingGroup.setId("field-working-group");
            List<UnitSummary> active = units.activeUnits();
            Map<String, String> labels = new HashMap<>();
            active.forEach(u -> labels.put(u.code(), u.label()));
            leadUnit.setItems(active.stream().map(UnitSummary::code).toList());
            leadUnit.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
            leadUnit.setLabel(getTranslation("fields.leadUnit"));
            leadUnit.setClearButtonVisible(true);
            leadUnit.setId("field-lead-unit");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            save.setId("field-save");
            Button reset = new Button(getTranslation("common.cancel"), e -> edit(null));
            FormLayout form = new FormLayout(code, nameEn, nameVi, workingGroup, leadUnit);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
            add(formTitle, form, new HorizontalLayout(save, reset));
            edit(null);
        } else {
            add(new Paragraph(getTranslation("plans.readOnly")));
        }
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        refresh();
    }

    private HorizontalLayout actions(FieldSummary f) {
        Button up =
                icon(VaadinIcon.ARROW_UP, "fields.up", () -> grid.setItems(plans.moveField(f.id(), f.version(), -1)));
        up.setEnabled(f.position() > 1);
        Button down = icon(
                VaadinIcon.ARROW_DOWN, "fields.down", () -> grid.setItems(plans.moveField(f.id(), f.version(), 1)));
        down.setEnabled(f.position() < grid.getListDataView().getItemCount());
        Button edit = icon(VaadinIcon.EDIT, "fields.edit", () -> edit(f));
        Button remove = icon(VaadinIcon.TRASH, "fields.remove", () -> confirmRemove(f));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout l = new HorizontalLayout(up, down, edit, remove);
        l.setSpacing(false);
        return l;
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        String label = key.equals("fields.edit") ? getTranslation(key, "") : getTranslation(key);
        b.setAriaLabel(label.strip());
        b.setTooltipText(label.strip());
        return b;
    }

    /** Fills the form with a field to edit (its code fixed), or empties it for a new field. */
    void edit(FieldSummary f) {
        editing = f;
        code.setValue(f == null ? "" : f.code());
        code.setReadOnly(f != null);
        nameEn.setValue(f == null ? "" : f.nameEn());
        nameVi.setValue(f == null ? "" : f.nameVi());
        workingGroup.setValue(f == null || f.workingGroup() == null ? "" : f.workingGroup());
        leadUnit.setValue(f == null ? null : f.leadUnitCode());
        formTitle.setText(f == null ? getTranslation("fields.add") : getTranslation("fields.edit", f.code()));
        save.setText(f == null ? getTranslation("fields.add") : getTranslation("fields.save"));
    }

    void save() {
        FieldDraft draft = new FieldDraft(
                code.getValue(), nameEn.getValue(), nameVi.getValue(), workingGroup.getValue(), leadUnit.getValue());
        if (editing == null) {
            FieldSummary added = plans.addField(plan.id(), draft);
            Notifications.success(getTranslation("fields.added", added.code()));
        } else {
            FieldSummary saved = plans.updateField(editing.id(), editing.version(), draft);
            Notifications.success(getTranslation("fields.saved", saved.code()));
        }
        edit(null);
        refresh();
    }

    private void confirmRemove(FieldSummary f) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("fields.remove"));
        d.setText(getTranslation("fields.removeConfirm", f.code()));
        d.setCancelable(true);
        d.setCancelText(getTranslation("common.cancel"));
        d.setConfirmText(getTranslation("fields.remove"));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            grid.setItems(plans.removeField(f.id(), f.version()));
            Notifications.success(getTranslation("fields.removed", f.code()));
        });
        d.open();
    }

    private void refresh() {
        grid.setItems(plans.fields(plan.id()));
    }
}
