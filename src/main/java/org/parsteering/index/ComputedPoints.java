package org.parsteering.index;

import java.math.BigDecimal;

/**
 * The points of a FORMULA or TASKS item for one unit: the rate it was computed from (numerator / denominator) and
 * the points, null when the denominator is zero — "not measured", never 0 or full marks.
 */
public record ComputedPoints(long itemId, BigDecimal points, long numerator, long denominator) {

    public boolean measured() {
        return points != null;
    }
}
