package org.parsteering.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit change as the secretary enters it on the Units screen or as a row of the {@code unit_changes} import
 * (SPEC 2a). {@code predecessors} are unit codes (empty for a rename: then {@code successorCode} is the
 * renamed unit and {@code successorName} its new name). A successor that does not exist yet is created with
 * {@code successorName} and {@code successorType}, active from the change date.
 */
public record UnitChangeRequest(
        LocalDate changeDate,
        UnitChangeKind kind,
        List<String> predecessors,
        String successorCode,
        String successorName,
        UnitType successorType,
        String legalBasis) {

    public UnitChangeRequest {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }
}
