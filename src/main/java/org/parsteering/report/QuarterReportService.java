package org.parsteering.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.Roles;
import org.parsteering.calendar.PeriodLocks;
import org.parsteering.dossier.FigureGroup;
import org.parsteering.dossier.FigureGroupService;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.LateKind;
import org.parsteering.dossier.SignatureService;
import org.parsteering.dossier.UnitLateDossier;
import org.parsteering.plan.CompletionService;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderService;
import org.parsteering.settings.SettingsService;
import org.parsteering.unit.Structure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly PAR report for the committee's meetings (SPEC 6), as XLSX and as PDF. Every number comes from
 * the services behind the screens (completion, figures, late dossiers, signatures, reminders, thresholds), read
 * in one read-only transaction, so the report equals the dashboard and the figures page of the same quarter.
 * Only those who read every unit (secretary, committee, inspectors) may produce it.
 */
@Service
@Transactional(readOnly = true)
public class QuarterReportService {

    /** The summary page lists this many weakest units and most overdue tasks. */
    static final int TOP = 5;

    /** A spreadsheet holds about a million rows; a report this long is a data problem, not a meeting brief. */
    static final int MAX_LATE_ROWS = 100_000;

    static final int MAX_REMINDERS = 10_000;
    private static final int REMINDER_PAGE = 500;

    /** Reading takes six steps; each writer adds its own parts. */
    static final int READ_STEPS = 6;

    private final CompletionService completion;
    private final FigureService figures;
    private final SignatureService signatures;
    private final ReminderService reminders;
    private final SettingsService settings;
    private final FigureGroupService groups;
    private final Clock clock;
    private final PeriodLocks periodLocks;

    QuarterReportService(
            CompletionService completion,
            FigureService figures,
            SignatureService signatures,
            ReminderService reminders,
            SettingsService settings,
            FigureGroupService groups,
            Clock clock,
            PeriodLocks periodLocks) {
        this.periodLocks = periodLocks;
        this.groups = groups;
        this.completion = completion;
        this.figures = figures;
        this.signatures = signatures;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    /** The report as a workbook: plan completion, unit figures, late dossiers, signature rates, reminders. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] xlsx(Period quarter, Locale locale) {
        return xlsx(quarter, locale, ReportProgress.NONE);
    }

    /** As {@link #xlsx(Period, Locale)}, telling {@code progress} how far it is. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] xlsx(Period quarter, Locale locale, ReportProgress progress) {
        return xlsx(quarter, locale, progress, Structure.CURRENT);
    }

    /**
     * The workbook in a structure (SPEC 2a): the unit figures and signature rates of the current structure count
     * a closed unit's rows for its successor; the historical one lists every unit as it was. The workbook says
     * which structure it holds.
     */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] xlsx(Period quarter, Locale locale, ReportProgress progress, Structure structure) {
        return write(
                quarter,
                locale,
                progress,
                structure,
                ReportXlsx.STEPS,
                (data, step) -> new ReportXlsx(data).write(step));
    }

    /**
     * The report as a meeting brief: page 1 summarises the quarter (the locality's Decision 766 figures against
     * their thresholds, plan completion, the five weakest units, the five most overdue tasks); the tables follow.
     */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] pdf(Period quarter, Locale locale) {
        return pdf(quarter, locale, ReportProgress.NONE);
    }

    /** As {@link #pdf(Period, Locale)}, telling {@code progress} how far it is. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] pdf(Period quarter, Locale locale, ReportProgress progress) {
        return pdf(quarter, locale, progress, Structure.CURRENT);
    }

    /** The brief in a structure, as {@link #xlsx(Period, Locale, ReportProgress, Structure)}; page 1 names it. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] pdf(Period quarter, Locale locale, ReportProgress progress, Structure structure) {
        return write(
                quarter, locale, progress, structure, ReportPdf.STEPS, (data, step) -> new ReportPdf(data).write(step));
    }

    /** Reads the report's data, then writes it in {@code writeSteps} more steps, telling {@code progress} both. */
    private byte[] write(
            Period quarter,
            Locale locale,
            ReportProgress progress,
            Structure structure,
            int writeSteps,
            BiFunction<ReportData, IntConsumer, byte[]> writer) {
        int total = READ_STEPS + writeSteps;
        ReportData data = read(quarter, locale, progress, structure == null ? Structure.CURRENT : structure, total);
        return writer.apply(data, step -> progress.step(READ_STEPS + step, total));
    }

    private ReportData read(Period quarter, Locale locale, ReportProgress progress, Structure structure, int total) {
        if (quarter == null || !quarter.isQuarter()) {
            throw new BusinessException("report.error.quarter");
        }
        LocalDate today = LocalDate.now(clock);
        if (quarter.from().isAfter(today)) {
            throw new BusinessException("report.error.future");
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        progress.step(0, total);
        var thresholds = settings.thresholds();
        var plan = completion.completion(quarter.from(), quarter.to(), null, language, structure);
        progress.step(1, total);
        var overdue = completion.mostOverdue(quarter.to(), TOP);
        progress.step(2, total);
        FigureReport report = figures.figures(quarter.from(), quarter.to(), null, null, structure);
        List<FigureGroup> groupRows = groups.groups(report);
        progress.step(3, total);
        List<UnitLateDossier> late = figures.lateDossiersOfAllUnits(
                quarter.from(), quarter.to(), null, LateKind.ALL, 0, MAX_LATE_ROWS, structure);
        progress.step(4, total);
        List<YearMonth> months = quarter.months();
        var signatureRows = signatures.matrix(months.getFirst(), months.getLast(), structure);
        progress.step(5, total);
        List<Reminder> active = new ArrayList<>();
        while (active.size() < MAX_REMINDERS) {
            List<Reminder> page = reminders.inbox(ReminderFilter.ACTIVE, active.size(), REMINDER_PAGE);
            active.addAll(page);
            if (page.size() < REMINDER_PAGE) {
                break;
            }
        }
        long reminderTotal = active.size() < MAX_REMINDERS ? active.size() : reminders.count(ReminderFilter.ACTIVE);
        progress.step(READ_STEPS, total);
        return new ReportData(
                quarter,
                language,
                today,
                thresholds,
                plan,
                overdue,
                report,
                groupRows,
                late,
                report.group(FigureReport.ALL).late(),
                months,
                signatureRows,
                List.copyOf(active.subList(0, Math.min(active.size(), MAX_REMINDERS))),
                reminderTotal,
                periodLocks.current().overlapping(quarter));
    }
}
