package org.parsteering.index;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parsteering.unit.UnitType;

/**
 * The results of a round: each unit ranked within its unit type, the areas for the heat map, and the previous round
 * of the family they are compared with (null for the first). An unpublished round's results are provisional.
 */
public record RoundResults(
        RoundSummary round, IndexSetSummary set, List<IndexItem> areas, List<UnitResult> units, RoundSummary previous) {

    public RoundResults {
        areas = List.copyOf(areas);
        units = List.copyOf(units);
    }

    /** The ranking of each unit type, best first. */
    public Map<UnitType, List<UnitResult>> byType() {
        return units.stream()
                .collect(Collectors.groupingBy(
                        UnitResult::unitType, () -> new java.util.EnumMap<>(UnitType.class), Collectors.toList()));
    }

    public boolean provisional() {
        return round.state() != RoundState.PUBLISHED;
    }
}
