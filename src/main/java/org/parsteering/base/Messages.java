package org.parsteering.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's translated messages, for places without a UI (the automation API answers in English). */
public final class Messages {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Messages() {}

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return new MessageFormat(pattern, locale).format(Formats.readable(args, locale));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String english(String key, Object... args) {
        return get(Locale.ROOT, key, args);
    }
}
