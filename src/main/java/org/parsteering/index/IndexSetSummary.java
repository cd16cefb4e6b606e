package org.parsteering.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parsteering.unit.UnitType;

/**
 * An index set as the screens, the API and the other services see it, with its bands highest first. {@code family}
 * is shared by the sets of one index over the years (a copy to a new year keeps it).
 */
public record IndexSetSummary(
        long id,
        long version,
        String code,
        String family,
        String nameVi,
        String nameEn,
        int year,
        String legalBasis,
        Set<UnitType> unitTypes,
        BigDecimal maxPoints,
        List<IndexBand> bands) {

    public IndexSetSummary {
        unitTypes = Set.copyOf(unitTypes);
        bands = List.copyOf(bands);
    }

    public String name(Locale locale) {
        return locale != null && !"vi".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
                ? nameEn
                : nameVi;
    }

    /** The band a percent of the maximum falls in, null when the set has no bands or the percent is unknown. */
    public IndexBand band(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        return bands.stream()
                .filter(b -> percent.compareTo(b.lowerPercent()) >= 0)
                .findFirst()
                .orElse(bands.isEmpty() ? null : bands.getLast());
    }

    /** Points as a percent of the set's maximum, two decimals. */
    public BigDecimal percentOf(BigDecimal points) {
        if (points == null || maxPoints.signum() == 0) {
            return null;
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(maxPoints, 2, RoundingMode.HALF_UP);
    }
}
