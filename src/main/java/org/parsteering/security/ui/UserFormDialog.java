package org.parsteering.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.Role;
import org.parsteering.security.UserDraft;
import org.parsteering.unit.UnitSummary;

/** Create or edit an account. Passive: validates and hands the draft (and initial password) to {@code onSave}. */
class UserFormDialog extends Dialog {

    interface SaveHandler {
        void save(UserDraft draft, String initialPassword);
    }

    final BeanValidationBinder<UserDraft> binder = new BeanValidationBinder<>(UserDraft.class);
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final ComboBox<String> unit = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    UserFormDialog(UserDraft draft, List<UnitSummary> units, int minPasswordLength, SaveHandler onSave) {
        boolean isNew = draft.getId() == null;
        setHeaderTitle(isNew ? getTranslation("users.create") : getTranslation("users.edit", draft.getUsername()));
        setWidth("min(40rem, 96vw)");

        username.setLabel(getTranslation("users.username"));
        username.setReadOnly(!isNew);
        username.setHelperText(isNew ? getTranslation("users.usernameHelp") : null);
        username.setId("user-username");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("users.email"));
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setId("user-role");
        unit.setLabel(getTranslation("users.unit"));
        Map<String, String> labels = new HashMap<>();
        units.forEach(u -> labels.put(u.code(), u.label()));
        unit.setItems(units.stream().map(UnitSummary::code).toList());
        unit.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
        unit.setClearButtonVisible(true);
        unit.setHelperText(getTranslation("users.unitHelp"));
        unit.setId("user-unit");
        password.setLabel(getTranslation("users.initialPassword"));
        password.setHelperText(getTranslation("password.help", minPasswordLength));
        password.setVisible(isNew);
        password.setRequired(isNew);
        password.setId("user-password");

        binder.forField(username)
                .asRequired(getTranslation("validation.requiredField"))
                .withConverter(
                        v -> v == null ? null : v.strip().toLowerCase(java.util.Locale.ROOT), v -> v == null ? "" : v)
                .bind("username");
        binder.forField(displayName)
                .asRequired(getTranslation("validation.requiredField"))
                .bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(role)
                .asRequired(getTranslation("validation.requiredField"))
                .bind("role");
        binder.forField(unit)
                .withValidator(
                        code -> role.getValue() != Role.UNIT_HEAD || code != null, getTranslation("users.unitRequired"))
                .bind("unitCode");
        role.addValueChangeListener(e -> {
            unit.setRequiredIndicatorVisible(e.getValue() == Role.UNIT_HEAD);
            if (binder.getBinding("unitCode").isPresent()) {
                binder.getBinding("unitCode").get().validate();
            }
        });
        binder.readBean(draft);

        FormLayout form = new FormLayout(username, displayName, email, role, unit, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(draft)) {
                onSave.save(draft, isNew ? password.getValue() : null);
            } else {
                binder.validate();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
