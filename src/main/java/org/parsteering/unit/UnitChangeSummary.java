package org.parsteering.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded unit change, for the History tab, a unit's lineage and the API. */
public record UnitChangeSummary(
        long id,
        LocalDate changeDate,
        UnitChangeKind kind,
        String legalBasis,
        List<UnitRef> predecessors,
        UnitRef successor,
        String oldName,
        String newName,
        Instant createdAt,
        String createdBy) {

    /** A unit named in a change: its code and its name today. */
    public record UnitRef(String code, String name) {
        public String label() {
            return code + " — " + name;
        }
    }
}
