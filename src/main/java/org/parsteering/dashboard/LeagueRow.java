package org.parsteering.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A commune in the league table: its rank and one cell per figure of {@link League#FIGURES}. {@code activeTo} is
 * set for a closed unit (historical structure); {@code predecessors} are the names of the units it carries on
 * (current structure).
 */
public record LeagueRow(
        int rank, String unitCode, String unitName, List<Cell> cells, LocalDate activeTo, List<String> predecessors) {

    public LeagueRow {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    public LeagueRow(int rank, String unitCode, String unitName, List<Cell> cells) {
        this(rank, unitCode, unitName, cells, null, List.of());
    }

    /**
     * One figure of the commune: the rate of the period, its change in points against the previous period
     * (null when either has no data: shown as "—") and whether it is below its threshold.
     */
    public record Cell(PeriodRate now, Double change, boolean below) {}
}
