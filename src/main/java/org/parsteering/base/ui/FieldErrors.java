package org.parsteering.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parsteering.base.BusinessException;

/**
 * A form's fields and the broken rules that belong to them: a save that breaks a field's rule marks that
 * field red with the translated message, where the user is looking, instead of only a toast; a rule of no
 * field goes on to the application's error handler (a toast). A successful save clears the marks.
 */
public final class FieldErrors {

    private final Component view;
    private final Map<String, HasValidation> byKey = new LinkedHashMap<>();

    public FieldErrors(Component view) {
        this.view = view;
    }

    /** Broken rules with this message key are shown on {@code field}. */
    public FieldErrors on(String messageKey, HasValidation field) {
        byKey.put(messageKey, field);
        return this;
    }

    /** Marks the field red with the translated message of {@code messageKey}. */
    public void show(HasValidation field, String messageKey, Object... args) {
        field.setErrorMessage(view.getTranslation(messageKey, args));
        field.setInvalid(true);
    }

    /** Runs the save; true when it went through. */
    public boolean save(Runnable save) {
        try {
            save.run();
        } catch (BusinessException e) {
            HasValidation field = byKey.get(e.getMessageKey());
            if (field == null) {
                throw e;
            }
            show(field, e.getMessageKey(), e.getArgs());
            return false;
        }
        byKey.values().forEach(f -> f.setInvalid(false));
        return true;
    }
}
