package org.parsteering.dashboard;

import java.util.List;
import org.parsteering.base.Period;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.plan.CompletionReport;
import org.parsteering.plan.DueTask;
import org.parsteering.reminder.Reminder;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.UnitType;

/**
 * What a unit head's start page shows: the unit's assignments and figures for the period, the average of its
 * kind of unit (all communes, or all departments) to compare with, its open reminders and what is due.
 * {@code peerGroup} is the group key of those peers ({@code COMMUNE_LEVEL}, {@code DEPARTMENT}, …), null when
 * the unit has no figures in the period.
 */
public record UnitDashboard(
        Period period,
        String unitCode,
        String unitName,
        UnitType unitType,
        CompletionReport completion,
        FigureCounts unit,
        FigureCounts peers,
        int peerCount,
        List<FigureTile> tiles,
        Thresholds thresholds,
        List<Reminder> reminders,
        long openReminders,
        List<DueTask> dueSoon,
        List<MonthPoint> trend,
        org.parsteering.unit.Structure structure,
        String peerGroup) {}
