package org.parsteering.plan;

import java.util.Locale;

/** A PAR field as the screens see it. */
public record FieldSummary(long id, String code, int position, String nameEn, String nameVi) {

    public String name(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
    }

    public String label(Locale locale) {
        return "(" + position + ") " + name(locale);
    }
}
