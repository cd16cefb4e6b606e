package org.parsteering.plan;

import java.util.Locale;

/**
 * A PAR field as the screens see it, with the working group that follows it and its lead unit (both optional,
 * null when not set).
 */
public record FieldSummary(
        long id,
        long version,
        String code,
        int position,
        String nameEn,
        String nameVi,
        String workingGroup,
        String leadUnitCode,
        String leadUnitName) {

    public String name(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
    }

    public String label(Locale locale) {
        return "(" + position + ") " + name(locale);
    }

    /** The working group and the lead unit in one line ("Tổ công tác chuyển đổi số · Sở KH&CN"), or null if neither. */
    public String steering() {
        if (workingGroup == null && leadUnitName == null) {
            return null;
        }
        if (workingGroup == null) {
            return leadUnitName;
        }
        return leadUnitName == null ? workingGroup : workingGroup + " · " + leadUnitName;
    }
}
