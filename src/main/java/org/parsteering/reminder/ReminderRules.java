package org.parsteering.reminder;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.Period;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.OverduePending;
import org.parsteering.dossier.Rate;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.settings.Thresholds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conditions of SPEC 4, evaluated by SQL aggregates: the task rules by one query each over the
 * assignments, the dossier and signature rules through {@link FigureService} — the same aggregates as the
 * figures page, so a formula exists once.
 */
@Component
class ReminderRules {

    /** Dossier codes a LATE_DOSSIERS reminder lists (the count says how many there are in all). */
    static final int MAX_CODES = 20;

    private final JdbcTemplate jdbc;
    private final FigureService figures;
    private final Clock clock;

    ReminderRules(JdbcTemplate jdbc, FigureService figures, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.clock = clock;
    }

    List<Condition> evaluate(Thresholds t) {
        LocalDate today = LocalDate.now(clock);
        List<Condition> found = new ArrayList<>();
        taskRules(today, t, found);
        figureRules(today, t, found);
        return found;
    }

    private void taskRules(LocalDate today, Thresholds t, List<Condition> found) {
        String select = """
                select a.unit_id, k.code, k.title, a.deadline
                from assignment a join task k on k.id = a.task_id
                where """;
        // Due soon: not started or in progress, deadline from today to today + window (as the board's badge).
        jdbc.query(
                select + " a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.deadline between ? and ?",
                rs -> {
                    found.add(task(ReminderRule.TASK_DUE_SOON, rs));
                },
                Date.valueOf(today),
                Date.valueOf(today.plusDays(t.dueSoonDays())));
        // Overdue: deadline passed and the unit has not reported completion (a completion waiting for the
        // committee's review is the committee's to act on, not the unit's).
        jdbc.query(
                select + " a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.deadline < ?",
                rs -> {
                    found.add(task(ReminderRule.TASK_OVERDUE, rs));
                },
                Date.valueOf(today));
        // Stale: in progress with no progress report (or, never reported, no change) for the stale period.
        java.sql.Timestamp staleBefore = java.sql.Timestamp.from(
                today.minusDays(t.staleDays()).atStartOfDay(clock.getZone()).toInstant());
        jdbc.query(
                select + " a.status = 'IN_PROGRESS' and coalesce(a.last_report_at, a.updated_at) < ?",
                rs -> {
                    found.add(task(ReminderRule.TASK_STALE, rs));
                },
                staleBefore);
    }

    private static Condition task(ReminderRule rule, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Condition(
                rule,
                rs.getLong(1),
                rs.getString(2),
                rule.severity(),
                rs.getString(3),
                rs.getDate(4).toLocalDate(),
                null,
                null,
                null,
                null);
    }

    private void figureRules(LocalDate today, Thresholds t, List<Condition> found) {
        Map<String, Long> unitIds = new HashMap<>();
        jdbc.query("select code, id from unit", rs -> {
            unitIds.put(rs.getString(1), rs.getLong(2));
        });
        Period current = Period.quarterOf(today);
        String quarter = current.key();
        FigureReport q = figures.figures(current.from(), current.to(), null, null);

        Map<String, OverduePending> overdue = new HashMap<>();
        for (OverduePending o : figures.overduePending(MAX_CODES)) {
            overdue.put(o.unitCode(), o);
        }
        for (UnitFigures u : q.units()) {
            Long unitId = unitIds.get(u.unitCode());
            Rate onTime = Figure.ON_TIME.of(u.counts());
            OverduePending o = overdue.remove(u.unitCode());
            if (o != null || onTime.below(t.onTime())) {
                found.add(new Condition(
                        ReminderRule.LATE_DOSSIERS,
                        unitId,
                        quarter,
                        o != null ? Severity.CRITICAL : Severity.WARNING,
                        null,
                        null,
                        onTime.numerator(),
                        onTime.denominator(),
                        o == null ? 0L : o.count(),
                        o == null ? List.of() : o.firstCodes()));
            }
            Rate components = Figure.COMPONENTS.of(u.counts());
            if (components.below(t.componentsDigitized())) {
                found.add(rate(ReminderRule.LOW_DIGITISATION, unitId, quarter, components));
            }
            Rate payment = Figure.ONLINE_PAYMENT.of(u.counts());
            if (payment.below(t.onlinePayment())) {
                found.add(rate(ReminderRule.LOW_ONLINE_PAYMENT, unitId, quarter, payment));
            }
        }
        // Overdue dossiers of a unit no longer active this quarter are still chased.
        for (OverduePending o : overdue.values()) {
            found.add(new Condition(
                    ReminderRule.LATE_DOSSIERS,
                    unitIds.get(o.unitCode()),
                    quarter,
                    Severity.CRITICAL,
                    null,
                    null,
                    null,
                    null,
                    o.count(),
                    o.firstCodes()));
        }

        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        FigureReport m = figures.figures(lastMonth.atDay(1), lastMonth.atEndOfMonth(), null, null);
        for (UnitFigures u : m.units()) {
            Rate signatures = Figure.SIGNATURES.of(u.counts());
            if (signatures.below(t.signatures())) {
                found.add(rate(
                        ReminderRule.LOW_SIGNATURE_USE, unitIds.get(u.unitCode()), lastMonth.toString(), signatures));
            }
        }
    }

    private static Condition rate(ReminderRule rule, long unitId, String subject, Rate rate) {
        return new Condition(
                rule, unitId, subject, rule.severity(), null, null, rate.numerator(), rate.denominator(), null, null);
    }
}
