package org.parsteering.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import org.parsteering.base.Formats;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations from {@code vaadin-i18n/}, with date arguments formatted for the reader: a message
 * such as "Unit {0} was closed on {1}" shows 30/06/2025 in Vietnamese and 30 Jun 2025 in English, whichever
 * service passed the {@link LocalDate}, instead of MessageFormat's ISO text.
 */
@Component
public class ReaderI18NProvider extends DefaultI18NProvider {

    public ReaderI18NProvider() {
        super(List.of(Locale.ENGLISH, Formats.VIETNAMESE), ReaderI18NProvider.class.getClassLoader());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return super.getTranslation(key, locale, Formats.readable(params, locale));
    }
}
