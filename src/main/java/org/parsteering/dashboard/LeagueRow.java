package org.parsteering.dashboard;

import java.util.List;

/** A commune in the league table: its rank and one cell per figure of {@link League#FIGURES}. */
public record LeagueRow(int rank, String unitCode, String unitName, List<Cell> cells) {

    /**
     * One figure of the commune: the rate of the period, its change in points against the previous period
     * (null when either has no data: shown as "—") and whether it is below its threshold.
     */
    public record Cell(PeriodRate now, Double change, boolean below) {}
}
