package org.parsteering.dashboard;

import java.util.List;
import org.parsteering.base.Period;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.plan.CompletionReport;
import org.parsteering.plan.DueTask;
import org.parsteering.settings.Thresholds;

/** What the committee's start page shows for a period. */
public record CommitteeDashboard(
        Period period,
        Period previous,
        CompletionReport completion,
        FigureCounts locality,
        List<LeagueRow> communes,
        Thresholds thresholds,
        long openReminders,
        long escalatedReminders,
        List<DueTask> dueSoon,
        List<MonthPoint> trend) {}
