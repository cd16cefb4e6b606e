package org.parsteering.index;

import java.math.BigDecimal;
import java.util.Locale;

/** A band of a set (Good ≥ 90 %, …): a unit is in the first band, highest first, whose lower bound it reaches. */
public record IndexBand(String nameVi, String nameEn, BigDecimal lowerPercent) {

    public String name(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
    }
}
