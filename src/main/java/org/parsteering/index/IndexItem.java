package org.parsteering.index;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An item of a set's tree (SPEC 3a): an area (level 1), a criterion or a sub-criterion (down to level 4). The
 * leaves are scored; an inner item's points are its children's sum. {@code minPoints} is below 0 only for
 * bonus/penalty items. {@code rule} is set for FORMULA and TASKS items.
 */
public record IndexItem(
        long id,
        String code,
        Long parentId,
        String parentCode,
        int position,
        int level,
        String titleVi,
        String titleEn,
        BigDecimal maxPoints,
        BigDecimal minPoints,
        ScoringMethod method,
        String rule,
        boolean evidenceRequired,
        String guidance) {

    /** The title in the reader's language (Vietnamese when there is no English one). */
    public String title(Locale locale) {
        return locale != null && !"vi".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank()
                ? titleEn
                : titleVi;
    }

    /** "1.1.4 — Plan completion" for lists. */
    public String label(Locale locale) {
        return code + " — " + title(locale);
    }

    /** The parsed rule of a FORMULA or TASKS item, null otherwise. */
    public IndexRule parsedRule() {
        return method.computed() ? IndexRule.parse(rule, method, maxPoints) : null;
    }
}
