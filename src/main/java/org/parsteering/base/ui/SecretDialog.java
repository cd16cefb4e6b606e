package org.parsteering.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows a value that exists only now (a temporary password, a new API token) with a copy button. It
 * closes only through its button, so Esc or a stray click cannot lose the value.
 */
public class SecretDialog extends Dialog {

    public SecretDialog(String title, String explanation, String secret, String valueId, String closeText) {
        setHeaderTitle(title);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 96vw)");
        Span value = new Span(secret);
        value.addClassName("secret-value");
        value.setId(valueId);
        Button copy = new Button(getTranslation("common.copy"), VaadinIcon.COPY.create(), e -> {
            value.getElement()
                    .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : null", secret);
            Notifications.success(getTranslation("common.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new Paragraph(explanation), value, copy);
        Button close = new Button(closeText, e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
