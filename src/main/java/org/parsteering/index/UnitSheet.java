package org.parsteering.index;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A unit's page of a round: the whole tree (areas and criteria with their rolled-up points), one line per leaf,
 * the total and whether the unit has submitted.
 */
public record UnitSheet(
        RoundSummary round,
        String unitCode,
        String unitName,
        Instant submittedAt,
        String submittedBy,
        List<IndexItem> items,
        List<ScoreLine> lines,
        Map<Long, BigDecimal> totals,
        BigDecimal total) {

    public UnitSheet {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
        totals = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(totals));
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
