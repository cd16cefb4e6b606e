package org.parsteering.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.ReportingYears;
import org.parsteering.base.Roles;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureGroup;
import org.parsteering.dossier.FigureGroupService;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.plan.CompletionService;
import org.parsteering.plan.PlanService;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.ReminderState;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitChangeSummary;
import org.parsteering.unit.UnitType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards (SPEC 6): everything is read from the services behind the other screens — task completion
 * from {@link CompletionService}, figures from {@link FigureService}, reminders from {@link ReminderService},
 * thresholds from {@link SettingsService} — so a number is computed in one place only.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    public static final int DUE_DAYS = 14;
    static final int TREND_MONTHS = 6;
    /** Quarters offered in the period choice, the current one first. */
    static final int RECENT_QUARTERS = 8;
    /** The figures shown as tiles, in order (with the three task tiles, eight tiles: two rows of four). */
    public static final List<Figure> TILE_FIGURES = List.of(
            Figure.ON_TIME, Figure.COMPONENTS, Figure.RESULTS_DIGITIZED, Figure.ONLINE_PAYMENT, Figure.SIGNATURES);

    private final CompletionService completion;
    private final PlanService plans;
    private final FigureService figures;
    private final ReminderService reminders;
    private final SettingsService settings;
    private final FigureGroupService groups;
    private final UnitChangeService changes;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(
            CompletionService completion,
            PlanService plans,
            FigureService figures,
            ReminderService reminders,
            SettingsService settings,
            FigureGroupService groups,
            UnitChangeService changes,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.changes = changes;
        this.completion = completion;
        this.plans = plans;
        this.figures = figures;
        this.reminders = reminders;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The default period: the current quarter. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public Period currentQuarter() {
        return Period.quarterOf(LocalDate.now(clock));
    }

    /** The quarters offered in the period choice: the current one and the seven before it, latest first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<Period> recentQuarters() {
        List<Period> list = new ArrayList<>();
        Period q = currentQuarter();
        for (int i = 0; i < RECENT_QUARTERS && ReportingYears.contains(q.from()); i++) {
            list.add(q);
            q = q.previous();
        }
        return list;
    }

    /**
     * The quarter of a dashboard address ({@code 2024-Q2}); refused with a message when unreadable or outside
     * the years the figures cover (2000–2100).
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public Period quarter(String key) {
        return Period.parse(key)
                .filter(Period::isQuarter)
                .orElseThrow(() -> new BusinessException("dashboard.error.period", String.valueOf(key)))
                .requireReportingYears();
    }

    /** The committee's dashboard (secretary, committee, inspectors), in the current structure. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public CommitteeDashboard committee(Period period, Locale locale) {
        return committee(period, locale, Structure.CURRENT);
    }

    /**
     * The committee's dashboard in a structure (SPEC 2a). The league and the trend read both periods in the same
     * structure, so in the current one a commune's previous quarter includes the units it carries on: like is
     * compared with like. The league ranks the units of the deployment level's league group (the communes, wards
     * and special zones of a province; the offices of a commune).
     */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public CommitteeDashboard committee(Period period, Locale locale, Structure structure) {
        Structure s = structure == null ? Structure.CURRENT : structure;
        Period previous = period.previous();
        FigureReport now = figures.figures(period.from(), period.to(), null, null, s);
        Map<String, FigureCounts> beforeByUnit = new HashMap<>();
        if (ReportingYears.contains(previous.from())) { // 2000-Q1 has no previous quarter to compare with
            figures.figures(previous.from(), previous.to(), null, null, s)
                    .units()
                    .forEach(u -> beforeByUnit.put(u.unitCode(), u.counts()));
        }
        Set<UnitType> leagueTypes = groups.leagueTypes();
        List<UnitFigures> communes = now.units().stream()
                .filter(u -> leagueTypes.contains(u.unitType()))
                .toList();
        Thresholds thresholds = settings.thresholds();
        FigureCounts locality = now.group(FigureReport.ALL);
        return new CommitteeDashboard(
                period,
                previous,
                completion.completion(period.from(), period.to(), null, locale, s),
                locality,
                tiles(locality, null, thresholds),
                League.rank(communes, beforeByUnit, thresholds, predecessorNames(communes)),
                thresholds,
                reminders.count(new ReminderFilter(Set.of(ReminderState.OPEN), null, null)),
                reminders.count(new ReminderFilter(Set.of(ReminderState.ESCALATED), null, null)),
                completion.dueWithin(DUE_DAYS, null, 20),
                trend(period, null, s),
                s,
                groups.level(),
                plans.forDay(period.from()).map(p -> plans.fields(p.id())).orElse(List.of()));
    }

    /** A unit head's dashboard: their own unit, in the current structure. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public UnitDashboard unit(Period period, Locale locale) {
        return unit(period, locale, Structure.CURRENT);
    }

    /**
     * A unit head's dashboard in a structure: their unit beside its peers (the commune level for a commune, ward
     * or special zone; else units of its type), the trend read in the same structure.
     */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public UnitDashboard unit(Period period, Locale locale, Structure structure) {
        Structure s = structure == null ? Structure.CURRENT : structure;
        ParUser user = currentUser.require();
        String code = user.unitCode();
        FigureReport all = figures.figures(period.from(), period.to(), null, null, s);
        UnitFigures own = all.units().stream()
                .filter(u -> u.unitCode().equals(code))
                .findFirst()
                .orElse(null);
        UnitType type = own == null ? null : own.unitType();
        String peerGroup = type == null ? null : FigureGroup.peersOf(type);
        FigureCounts peers = type == null ? FigureCounts.ZERO : all.group(peerGroup);
        int peerCount = type == null
                ? 0
                : (int) all.units().stream()
                        .filter(u -> FigureGroup.peersOf(u.unitType()).equals(peerGroup))
                        .count();
        FigureCounts counts = own == null ? FigureCounts.ZERO : own.counts();
        Thresholds thresholds = settings.thresholds();
        return new UnitDashboard(
                period,
                code,
                user.unitName(),
                type,
                completion.completion(period.from(), period.to(), code, locale, s),
                counts,
                peers,
                peerCount,
                tiles(counts, type == null ? null : peers, thresholds),
                thresholds,
                reminders.inbox(ReminderFilter.ACTIVE, 0, 5),
                reminders.openCount(),
                completion.dueWithin(DUE_DAYS, code, 10),
                trend(period, code, s),
                s,
                peerGroup);
    }

    /** The names of the units the league's rows carry on, by code (read only when a row carries any on). */
    private Map<String, String> predecessorNames(List<UnitFigures> rows) {
        Map<String, String> names = new HashMap<>();
        if (rows.stream().anyMatch(u -> !u.predecessors().isEmpty())) {
            for (UnitChangeSummary c : changes.history()) {
                c.predecessors().forEach(p -> names.put(p.code(), p.name()));
            }
        }
        return names;
    }

    /** One tile per figure of {@link #TILE_FIGURES}, with its threshold and the peers' rate (peers null: none). */
    static List<FigureTile> tiles(FigureCounts counts, FigureCounts peers, Thresholds thresholds) {
        return TILE_FIGURES.stream()
                .map(f -> new FigureTile(
                        PeriodRate.of(f, counts),
                        thresholds.rate(f.thresholdKey()),
                        peers == null ? null : PeriodRate.of(f, peers)))
                .toList();
    }

    /** The months up to the period's last month (at most the current one), one figures query each. */
    private List<MonthPoint> trend(Period period, String unitCode, Structure structure) {
        YearMonth last = YearMonth.from(period.to());
        YearMonth current = YearMonth.now(clock);
        if (last.isAfter(current)) {
            last = current;
        }
        List<MonthPoint> points = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            if (!ReportingYears.contains(m.atDay(1))) {
                continue;
            }
            FigureReport r = figures.figures(m.atDay(1), m.atEndOfMonth(), unitCode, null, structure);
            points.add(new MonthPoint(
                    m,
                    unitCode == null
                            ? r.group(FigureReport.ALL)
                            : r.units().isEmpty()
                                    ? FigureCounts.ZERO
                                    : r.units().getFirst().counts()));
        }
        return points;
    }
}
