package org.parsteering.dossier;

import java.time.LocalDate;
import java.util.List;
import org.parsteering.unit.UnitType;

/**
 * The figures of one unit. {@code activeTo} is set when the unit is closed (merged or abolished: the
 * historical structure marks it); {@code predecessors} are the codes of the units whose rows count for it in
 * the current structure (empty in the historical one).
 */
public record UnitFigures(
        String unitCode,
        String unitName,
        UnitType unitType,
        FigureCounts counts,
        LocalDate activeTo,
        List<String> predecessors) {

    public UnitFigures {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    public UnitFigures(String unitCode, String unitName, UnitType unitType, FigureCounts counts) {
        this(unitCode, unitName, unitType, counts, null, List.of());
    }

    /** Closed by a merge or an abolition before today. */
    public boolean closed() {
        return activeTo != null;
    }
}
