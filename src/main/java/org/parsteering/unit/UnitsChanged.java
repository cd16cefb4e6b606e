package org.parsteering.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * Published synchronously, inside the change's transaction, when a merge or an abolition closed units: the
 * features that hold work of a unit (assignments, reminders, accounts) carry it over to the successor without
 * {@code unit} knowing them, and everything commits or rolls back together. {@code successorId} is null for an
 * abolition without successor. Not published for a rename.
 */
public record UnitsChanged(
        long changeId,
        UnitChangeKind kind,
        LocalDate changeDate,
        String legalBasis,
        List<Long> predecessorIds,
        List<String> predecessorCodes,
        Long successorId,
        String successorCode) {

    public UnitsChanged {
        predecessorIds = List.copyOf(predecessorIds);
        predecessorCodes = List.copyOf(predecessorCodes);
    }
}
