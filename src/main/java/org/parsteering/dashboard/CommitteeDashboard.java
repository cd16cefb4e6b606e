package org.parsteering.dashboard;

import java.util.List;
import org.parsteering.base.Period;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.plan.CompletionReport;
import org.parsteering.plan.DueTask;
import org.parsteering.settings.Thresholds;

/**
 * What the committee's start page shows for a period: plan completion (counted over assignments), the
 * locality's figures as tiles, the commune league table, reminders, the lead assignments due soon and the
 * monthly trend, in a structure (SPEC 2a); the league's units and labels follow the deployment level.
 */
public record CommitteeDashboard(
        Period period,
        Period previous,
        CompletionReport completion,
        FigureCounts locality,
        List<FigureTile> tiles,
        League league,
        Thresholds thresholds,
        long openReminders,
        long escalatedReminders,
        List<DueTask> dueSoon,
        List<MonthPoint> trend,
        org.parsteering.unit.Structure structure,
        org.parsteering.settings.DeploymentLevel level) {}
