package org.parsteering.index;

import java.math.BigDecimal;
import java.util.Map;
import org.parsteering.unit.UnitType;

/**
 * One unit's result in a round: total, percent of the set's maximum, band, rank within its unit type (ties share a
 * rank), the previous round's rank and total in the same family (null when the unit was not assessed then), and the
 * points of each area (by the area's item id; absent when nothing of it is known).
 */
public record UnitResult(
        String unitCode,
        String unitName,
        UnitType unitType,
        BigDecimal total,
        BigDecimal percent,
        IndexBand band,
        int rank,
        Integer previousRank,
        BigDecimal previousTotal,
        Map<Long, BigDecimal> areaPoints) {

    public UnitResult {
        areaPoints = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(areaPoints));
    }

    /** Places gained since the previous round (positive: up), null without one. */
    public Integer rankChange() {
        return previousRank == null ? null : previousRank - rank;
    }

    /** Points gained since the previous round, null without one. */
    public BigDecimal pointsChange() {
        return previousTotal == null ? null : total.subtract(previousTotal);
    }
}
