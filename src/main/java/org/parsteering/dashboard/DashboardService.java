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
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.plan.CompletionService;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.ReminderState;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.settings.SettingsService;
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

    static final int DUE_DAYS = 14;
    static final int TREND_MONTHS = 6;

    private final CompletionService completion;
    private final FigureService figures;
    private final ReminderService reminders;
    private final SettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(
            CompletionService completion,
            FigureService figures,
            ReminderService reminders,
            SettingsService settings,
            CurrentUser currentUser,
            Clock clock) {
        this.completion = completion;
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

    /** The committee's dashboard (secretary, committee, inspectors). */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public CommitteeDashboard committee(Period period, Locale locale) {
        Period previous = period.previous();
        FigureReport now = figures.figures(period.from(), period.to(), null, null);
        Map<String, FigureCounts> beforeByUnit = new HashMap<>();
        if (ReportingYears.contains(previous.from())) { // 2000-Q1 has no previous quarter to compare with
            figures.figures(previous.from(), previous.to(), null, null)
                    .units()
                    .forEach(u -> beforeByUnit.put(u.unitCode(), u.counts()));
        }
        List<LeagueRow> communes = new ArrayList<>();
        for (UnitFigures u : now.units()) {
            if (u.unitType() == UnitType.COMMUNE) {
                communes.add(new LeagueRow(
                        u.unitCode(),
                        u.unitName(),
                        u.counts(),
                        beforeByUnit.getOrDefault(u.unitCode(), FigureCounts.ZERO)));
            }
        }
        return new CommitteeDashboard(
                period,
                previous,
                completion.completion(period.from(), period.to(), null, locale),
                now.groups().get("ALL"),
                communes,
                settings.thresholds(),
                reminders.count(new ReminderFilter(Set.of(ReminderState.OPEN), null, null)),
                reminders.count(new ReminderFilter(Set.of(ReminderState.ESCALATED), null, null)),
                completion.dueWithin(DUE_DAYS, null, 20),
                trend(period, null));
    }

    /** A unit head's dashboard: their own unit. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public UnitDashboard unit(Period period, Locale locale) {
        ParUser user = currentUser.require();
        String code = user.unitCode();
        FigureReport all = figures.figures(period.from(), period.to(), null, null);
        UnitFigures own = all.units().stream()
                .filter(u -> u.unitCode().equals(code))
                .findFirst()
                .orElse(null);
        UnitType type = own == null ? null : own.unitType();
        FigureCounts peers = type == null ? FigureCounts.ZERO : all.groups().get(type.name());
        int peerCount = type == null
                ? 0
                : (int) all.units().stream().filter(u -> u.unitType() == type).count();
        return new UnitDashboard(
                period,
                code,
                user.unitName(),
                type,
                completion.completion(period.from(), period.to(), code, locale),
                own == null ? FigureCounts.ZERO : own.counts(),
                peers,
                peerCount,
                settings.thresholds(),
                reminders.inbox(ReminderFilter.ACTIVE, 0, 5),
                reminders.openCount(),
                completion.dueWithin(DUE_DAYS, code, 10),
                trend(period, code));
    }

    /** The months up to the period's last month (at most the current one), one figures query each. */
    private List<MonthPoint> trend(Period period, String unitCode) {
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
            FigureReport r = figures.figures(m.atDay(1), m.atEndOfMonth(), unitCode, null);
            points.add(new MonthPoint(
                    m,
                    unitCode == null
                            ? r.groups().get("ALL")
                            : r.units().getFirst().counts()));
        }
        return points;
    }
}
