package org.parsteering.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parsteering.base.ui.Localized;
import org.parsteering.plan.FieldSummary;
import org.parsteering.plan.Priority;
import org.parsteering.plan.TaskDraft;
import org.parsteering.unit.UnitSummary;

/**
 * Create or edit a task. Passive: validates, asks for a reason when the deadline changed, and hands the
 * draft to {@code onSave}; the view calls the service. Everything typed stays if the save is refused.
 */
class TaskFormDialog extends Dialog {

    interface SaveHandler {
        void save(TaskDraft draft, String deadlineReason);
    }

    final BeanValidationBinder<TaskDraft> binder = new BeanValidationBinder<>(TaskDraft.class);
    final TextField code = new TextField();
    final TextField title = new TextField();
    final Select<String> field = new Select<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker deadline = new DatePicker();
    final TextField deadlineReason = new TextField();
    final Select<Priority> priority = new Select<>();
    final ComboBox<String> lead = new ComboBox<>();
    final MultiSelectComboBox<String> coordinating = new MultiSelectComboBox<>();
    final Button save = new Button();
    final com.vaadin.flow.component.textfield.IntegerField workingDays =
            new com.vaadin.flow.component.textfield.IntegerField();
    private FormLayout form;

    TaskFormDialog(TaskDraft draft, List<FieldSummary> fields, List<UnitSummary> units, SaveHandler onSave) {
        boolean isNew = draft.getId() == null;
        LocalDate originalDeadline = draft.getDeadline();
        setHeaderTitle(isNew ? getTranslation("tasks.create") : getTranslation("tasks.edit", draft.getCode()));
        setWidth("min(56rem, 96vw)");

        code.setLabel(getTranslation("tasks.code"));
        code.setReadOnly(!isNew);
        code.setHelperText(isNew ? getTranslation("tasks.codeHelp") : null);
        code.setId("task-code");
        title.setLabel(getTranslation("tasks.title"));
        title.setId("task-title");
        field.setLabel(getTranslation("tasks.field"));
        Map<String, String> fieldLabels = new HashMap<>();
        fields.forEach(f -> fieldLabels.put(f.code(), f.label(getLocale())));
        field.setItems(fields.stream().map(FieldSummary::code).toList());
        field.setItemLabelGenerator(c -> fieldLabels.getOrDefault(c, c));
        field.setId("task-field");
        startDate.setLabel(getTranslation("tasks.startDate"));
        deadline.setLabel(getTranslation("tasks.deadline"));
        deadline.setId("task-deadline");
        Localized.datePicker(startDate);
        Localized.datePicker(deadline);
        deadlineReason.setLabel(getTranslation("tasks.deadlineReason"));
        deadlineReason.setVisible(false);
        deadlineReason.setId("task-deadline-reason");
        deadline.addValueChangeListener(
                e -> deadlineReason.setVisible(!isNew && !Objects.equals(e.getValue(), originalDeadline)));
        priority.setLabel(getTranslation("tasks.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        Map<String, String> unitLabels = new HashMap<>();
        units.forEach(u -> unitLabels.put(u.code(), u.label()));
        List<String> unitCodes = units.stream().map(UnitSummary::code).toList();
        lead.setLabel(getTranslation("tasks.leadUnit"));
        lead.setItems(unitCodes);
        lead.setItemLabelGenerator(c -> unitLabels.getOrDefault(c, c));
        lead.setId("task-lead");
        coordinating.setLabel(getTranslation("tasks.coordinatingUnits"));
        coordinating.setItems(unitCodes);
        coordinating.setItemLabelGenerator(c -> unitLabels.getOrDefault(c, c));
        coordinating.setId("task-coordinating");
        TextArea description = new TextArea(getTranslation("tasks.description"));
        TextArea output = new TextArea(getTranslation("tasks.expectedOutput"));
        TextArea evidence = new TextArea(getTranslation("tasks.evidenceRequired"));
        TextField criterion = new TextField(getTranslation("tasks.indexCriterion"));
        criterion.setHelperText(getTranslation("tasks.indexCriterionHelp"));

        String required = getTranslation("validation.requiredField");
        binder.forField(code)
                .asRequired(required)
                .withConverter(
                        v -> v == null ? null : v.strip().toUpperCase(java.util.Locale.ROOT), v -> v == null ? "" : v)
                .bind("code");
        binder.forField(title).asRequired(required).bind("title");
        binder.forField(field).asRequired(required).bind("fieldCode");
        binder.forField(startDate).bind("startDate");
        binder.forField(deadline).asRequired(required).bind("deadline");
        binder.forField(priority).asRequired(required).bind("priority");
        binder.forField(lead).asRequired(required).bind("leadUnitCode");
        binder.forField(coordinating)
                .withValidator(
                        set -> lead.getValue() == null || !set.contains(lead.getValue()),
                        getTranslation("task.error.leadAlsoCoordinating", lead.getValue()))
                .bind("coordinatingUnitCodes");
        binder.forField(description).bind("description");
        binder.forField(output).bind("expectedOutput");
        binder.forField(evidence).bind("evidenceRequired");
        binder.forField(criterion).bind("indexCriterion");
        binder.readBean(draft);

        form = new FormLayout(
                code,
                title,
                field,
                priority,
                startDate,
                deadline,
                deadlineReason,
                lead,
                coordinating,
                description,
                output,
                evidence,
                criterion);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(title, 2);
        form.setColspan(deadlineReason, 2);
        form.setColspan(coordinating, 2);
        form.setColspan(description, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("task-save");
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(draft)) {
                onSave.save(draft, deadlineReason.getValue());
            } else {
                binder.validate();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /**
     * Deadlines in working days (SPEC 4a): a field "N working days from the start date (or today)" that sets the
     * deadline, and a note under the deadline when it falls on a day off (it counts until the next working day).
     */
    void withWorkingDays(org.parsteering.calendar.WorkingCalendar calendar, LocalDate today) {
        workingDays.setLabel(getTranslation("tasks.workingDays"));
        workingDays.setHelperText(getTranslation("tasks.workingDaysHelp"));
        workingDays.setMin(1);
        workingDays.setMax(2000);
        workingDays.setStepButtonsVisible(true);
        workingDays.setId("task-working-days");
        workingDays.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() > 0 && e.getValue() <= 2000) {
                LocalDate from = startDate.getValue() == null ? today : startDate.getValue();
                deadline.setValue(calendar.plusWorkingDays(from, e.getValue()));
            }
        });
        Runnable note = () -> {
            LocalDate d = deadline.getValue();
            if (d != null && !calendar.isWorkingDay(d)) {
                deadline.setHelperText(getTranslation(
                        "tasks.deadlineOnDayOff",
                        org.parsteering.base.ui.Formats.date(calendar.onOrAfter(d), getLocale())));
            } else {
                deadline.setHelperText(null);
            }
        };
        deadline.addValueChangeListener(e -> note.run());
        note.run();
        form.addComponentAtIndex(form.indexOf(deadline) + 1, workingDays);
    }
}
