package org.parsteering.plan;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A criterion of an index set (a PAR INDEX criterion or a Decision 766 indicator) a task is tied to: the item,
 * its set, and the points at stake (the item's maximum).
 */
public record TaskCriterion(
        long itemId, String setCode, String itemCode, String titleVi, String titleEn, BigDecimal maxPoints) {

    /** The title in the given language (Vietnamese when no English title is kept). */
    public String title(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && titleEn != null && !titleEn.isBlank() ? titleEn : titleVi;
    }

    /** "SET · CODE title" for a picker or a chip. */
    public String label(Locale locale) {
        return setCode + " · " + itemCode + " " + title(locale);
    }
}
