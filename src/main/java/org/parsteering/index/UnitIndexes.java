package org.parsteering.index;

import java.util.List;

/**
 * What a unit head's dashboard shows of the indexes: the unit's latest published result (null before one) with its
 * three weakest items, and the round it is self-assessing now (null when none is open) with how far it has come.
 */
public record UnitIndexes(
        RoundSummary published,
        UnitResult result,
        int unitsOfType,
        List<LostPoints> weakest,
        RoundSummary open,
        boolean openSubmitted,
        int scored,
        int toScore) {

    public UnitIndexes {
        weakest = List.copyOf(weakest);
    }
}
