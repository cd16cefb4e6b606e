package org.parsteering.plan;

import org.parsteering.unit.UnitReferences;
import org.springframework.stereotype.Component;

/** Assignments refer to their unit: such a unit cannot be deleted, only closed. */
@Component
class PlanUnitReferences implements UnitReferences {

    private final AssignmentRepository assignments;

    PlanUnitReferences(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public long countReferences(long unitId) {
        return assignments.countByUnit(unitId);
    }
}
