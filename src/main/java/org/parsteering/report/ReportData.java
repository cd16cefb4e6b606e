package org.parsteering.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parsteering.base.Period;
import org.parsteering.calendar.PeriodLock;
import org.parsteering.dossier.FigureGroup;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.SignatureRow;
import org.parsteering.dossier.UnitLateDossier;
import org.parsteering.plan.CompletionReport;
import org.parsteering.plan.OverdueTask;
import org.parsteering.reminder.Reminder;
import org.parsteering.settings.Thresholds;

/**
 * Everything one quarterly report shows, read once from the services so that the XLSX and the PDF of the
 * same moment hold the same numbers. {@code lateTotal} is the number of late dossiers (the figures' count);
 * {@code late} may hold fewer when the list was capped, as {@code reminders} against {@code reminderTotal}.
 * {@code groups} are the group rows of the deployment level, in order; {@code figures.structure()} is the
 * structure the figures and the signature rows are in. {@code lock} is the lock of the quarter (or of one of its
 * months), which the report names: its figures are then final.
 */
record ReportData(
        Period quarter,
        Locale locale,
        LocalDate today,
        Thresholds thresholds,
        CompletionReport completion,
        List<OverdueTask> mostOverdue,
        FigureReport figures,
        List<FigureGroup> groups,
        List<UnitLateDossier> late,
        long lateTotal,
        List<YearMonth> months,
        List<SignatureRow> signatures,
        List<Reminder> reminders,
        long reminderTotal,
        Optional<PeriodLock> lock) {

    boolean vietnamese() {
        return "vi".equals(locale.getLanguage());
    }
}
