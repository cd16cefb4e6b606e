package org.parsteering.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.parsteering.unit.UnitService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The province's 2026–2030 plan of the demo (SPEC 8; Decision 282/QĐ-TTg): loaded after the units of the two-tier
 * province exist (the departments and the new communes, loaded from 1 July 2025 on) and after the recent activity
 * (order 45); it then becomes current and the 2021–2025 plan is closed (see {@link DemoPlan#decide}).
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoPlanNextPeriod extends DemoPlan {

    DemoPlanNextPeriod(
            PlanService planService,
            PlanRepository plans,
            PlanFieldRepository fields,
            TaskRepository tasks,
            ProgressReportRepository reports,
            UnitService units,
            EntityManager em,
            Clock clock) {
        super("plan-2026-2030", 50, "2026-2030", planService, plans, fields, tasks, reports, units, em, clock);
    }
}
