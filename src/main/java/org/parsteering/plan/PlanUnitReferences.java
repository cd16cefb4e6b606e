package org.parsteering.plan;

import org.parsteering.unit.UnitReferences;
import org.springframework.stereotype.Component;

/** Assignments and the fields it leads refer to a unit: such a unit cannot be deleted, only closed. */
@Component
class PlanUnitReferences implements UnitReferences {

    private final AssignmentRepository assignments;
    private final PlanFieldRepository fields;

    PlanUnitReferences(AssignmentRepository assignments, PlanFieldRepository fields) {
        this.assignments = assignments;
        this.fields = fields;
    }

    @Override
    public long countReferences(long unitId) {
        return assignments.countByUnit(unitId) + fields.countByLeadUnit(unitId);
    }
}
