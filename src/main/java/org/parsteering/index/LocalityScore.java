package org.parsteering.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The locality's own score of a set for a period (the Decision 766 score per month or quarter): the points of the
 * items the portal's figures measure, the maximum of those items, and each leaf — an item not measured here (imported,
 * scored by people, not measured) has null points and is shown as such, never as 0 or full marks.
 */
public record LocalityScore(
        IndexSetSummary set,
        LocalDate from,
        LocalDate to,
        BigDecimal points,
        BigDecimal measuredMax,
        List<Item> items) {

    public LocalityScore {
        items = List.copyOf(items);
    }

    /** One leaf: its points (null: not measured) and the numerator and denominator of its rate. */
    public record Item(IndexItem item, BigDecimal points, long numerator, long denominator) {

        public BigDecimal lost() {
            return points == null ? null : item.maxPoints().subtract(points);
        }
    }

    /** The points as a percent of the measured items' maximum, null when nothing is measured. */
    public BigDecimal percentOfMeasured() {
        return measuredMax.signum() == 0
                ? null
                : points.multiply(BigDecimal.valueOf(100)).divide(measuredMax, 2, java.math.RoundingMode.HALF_UP);
    }
}
