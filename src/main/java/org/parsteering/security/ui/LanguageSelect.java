package org.parsteering.security.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * Vietnamese / English switch. Stores the choice with the account when signed in, applies it to the
 * session, and reloads the page so that every text is in the new language.
 */
public class LanguageSelect extends Select<String> {

    public LanguageSelect(UserLocale userLocale, String current) {
        setItems("vi", "en");
        setItemLabelGenerator(l -> getTranslation("language." + l));
        setValue(
                current != null
                        ? current
                        : Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? "en" : "vi");
        setAriaLabel(getTranslation("shell.language"));
        addClassName("language-select");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userLocale.change(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
    }
}
