package org.parsteering.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.parsteering.unit.UnitType;

/**
 * One unit's leaders' digital-signature figures, month by month. {@code activeTo} is set when the unit is closed;
 * {@code predecessors} are the codes of the units whose reports count for it (current structure, SPEC 2a).
 */
public record SignatureRow(
        String unitCode,
        String unitName,
        UnitType unitType,
        Map<YearMonth, Rate> months,
        LocalDate activeTo,
        List<String> predecessors) {

    public SignatureRow {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    public SignatureRow(String unitCode, String unitName, UnitType unitType, Map<YearMonth, Rate> months) {
        this(unitCode, unitName, unitType, months, null, List.of());
    }
}
