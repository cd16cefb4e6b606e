package org.parsteering.dashboard;

/**
 * A figure tile of a dashboard: the rate of the period, its threshold (null = none) and, on a unit head's
 * dashboard, the same figure over the units of the same kind (null on the committee's).
 */
public record FigureTile(PeriodRate value, Double threshold, PeriodRate peers) {

    /** Below its threshold; a tile without data is neither below nor above. */
    public boolean below() {
        return value.below(threshold);
    }
}
