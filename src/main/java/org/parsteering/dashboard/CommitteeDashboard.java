package org.parsteering.dashboard;

import java.util.List;
import org.parsteering.base.Period;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.plan.CompletionReport;
import org.parsteering.plan.DueTask;
import org.parsteering.plan.FieldSummary;
import org.parsteering.settings.Thresholds;

/**
 * What the committee's start page shows for a period: plan completion (counted over assignments), the
 * locality's figures as tiles, the commune league table, reminders, the lead assignments due soon and the
 * monthly trend, in a structure (SPEC 2a); the league's units and labels follow the deployment level; and the
 * fields of the period's plan with their working groups and lead units.
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
        org.parsteering.settings.DeploymentLevel level,
        List<FieldSummary> fields) {}
