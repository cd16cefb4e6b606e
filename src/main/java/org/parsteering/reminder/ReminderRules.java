package org.parsteering.reminder;

import java.sql.Timestamp;
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
import org.parsteering.plan.Deadlines;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.Structure;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final FigureService figures;
    private final Clock clock;

    ReminderRules(JdbcClient jdbc, FigureService figures, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * Every rule against today's units (SPEC 2a): the figure rules read the current structure, so the dossiers and
     * signature reports of a closed unit count for the unit that carries it on, and a unit closed before today
     * raises nothing (its open work was carried over, or waits for the committee when it had no successor).
     */
    List<Condition> evaluate(Thresholds t) {
        LocalDate today = LocalDate.now(clock);
        List<Condition> found = new ArrayList<>();
        taskRules(today, t, found);
        figureRules(today, t, found);
        indexRules(today, t, found);
        java.util.Set<Long> closed = new java.util.HashSet<>(jdbc.sql("select id from unit where active_to < :today")
                .param("today", today)
                .query(Long.class)
                .list());
        found.removeIf(c -> closed.contains(c.unitId()));
        return found;
    }

    /**
     * The task rules, with {@link Deadlines}' definitions of overdue and due soon. An overdue assignment is
     * chased by TASK_OVERDUE only: it never also gets the stale-progress reminder (and one already open for
     * it resolves, as any cleared condition does).
     */
    private void taskRules(LocalDate today, Thresholds t, List<Condition> found) {
        String select = """
                select a.unit_id, k.code, k.title, a.deadline
                from assignment a join task k on k.id = a.task_id
                where\s""" + Deadlines.IN_OPEN_PLAN_SQL + " and ";
        // Due soon: the board's badge, with the secretary's window.
        found.addAll(jdbc.sql(select + Deadlines.DUE_SOON_SQL)
                .param("today", today)
                .param("dueSoonEnd", Deadlines.dueSoonEnd(today, t.dueSoonDays()))
                .query(task(ReminderRule.TASK_DUE_SOON))
                .list());
        // Overdue, while it is the unit's to act on: a completion waiting for the committee's review is the
        // committee's, not the unit's.
        found.addAll(jdbc.sql(select + Deadlines.OVERDUE_SQL + " and " + UNITS_TURN)
                .param("today", today)
                .query(task(ReminderRule.TASK_OVERDUE))
                .list());
        // Stale: in progress with no progress report (or, never reported, no change) for the stale period,
        // and not overdue.
        found.addAll(jdbc.sql(select
                        + "a.status = 'IN_PROGRESS' and coalesce(a.last_report_at, a.updated_at) < :staleBefore"
                        + " and not " + Deadlines.OVERDUE_SQL)
                .param("today", today)
                .param("staleBefore", staleBefore(today, t))
                .query(task(ReminderRule.TASK_STALE))
                .list());
    }

    /**
     * The index rounds' deadlines (SPEC 3a, 4): SELF_ASSESSMENT_DUE for each unit of an open round that has not
     * submitted once the self-assessment deadline is within the due-soon window (or past), with how many of its
     * scored-by-people criteria it has scored; APPRAISAL_DUE for each unit whose self scores are not all appraised
     * once the appraisal deadline is near — in appraisal, or submitted while the committee has not started the
     * appraisal yet —, with how many are. Plain SQL over the index tables,
     * like the task rules over the assignments.
     */
    private void indexRules(LocalDate today, Thresholds t, List<Condition> found) {
        LocalDate end = Deadlines.dueSoonEnd(today, t.dueSoonDays());
        found.addAll(jdbc.sql("""
                        select ru.unit_id, s.code, s.name_vi, r.round_year, r.self_due as due,
                          (select count(*) from index_score sc join index_item i on i.id = sc.item_id
                           where sc.round_id = r.id and sc.unit_id = ru.unit_id and i.method = 'MANUAL'
                           and sc.self_points is not null) as done,
                          (select count(*) from index_score sc join index_item i on i.id = sc.item_id
                           where sc.round_id = r.id and sc.unit_id = ru.unit_id and i.method = 'MANUAL') as total
                        from index_round r join index_set s on s.id = r.set_id
                        join index_round_unit ru on ru.round_id = r.id
                        where r.state = 'OPEN' and ru.submitted_at is null and r.self_due <= :end""")
                .param("end", end)
                .query(round(ReminderRule.SELF_ASSESSMENT_DUE))
                .list());
        found.addAll(jdbc.sql("""
                        select ru.unit_id, s.code, s.name_vi, r.round_year, r.appraisal_due as due,
                          (select count(*) from index_score sc where sc.round_id = r.id and sc.unit_id = ru.unit_id
                           and sc.self_points is not null and sc.appraised_points is not null) as done,
                          (select count(*) from index_score sc where sc.round_id = r.id and sc.unit_id = ru.unit_id
                           and sc.self_points is not null) as total
                        from index_round r join index_set s on s.id = r.set_id
                        join index_round_unit ru on ru.round_id = r.id
                        where (r.state = 'APPRAISAL' or (r.state = 'OPEN' and ru.submitted_at is not null))
                        and r.appraisal_due <= :end
                        and exists (select 1 from index_score sc where sc.round_id = r.id and sc.unit_id = ru.unit_id
                          and sc.self_points is not null and sc.appraised_points is null)""")
                .param("end", end)
                .query(round(ReminderRule.APPRAISAL_DUE))
                .list());
    }

    private static RowMapper<Condition> round(ReminderRule rule) {
        return (rs, i) -> new Condition(
                rule,
                rs.getLong("unit_id"),
                rs.getString("code") + "/" + rs.getInt("round_year"),
                rule.severity(),
                rs.getString("name_vi"),
                rs.getDate("due").toLocalDate(),
                rs.getLong("done"),
                rs.getLong("total"),
                null,
                null);
    }

    /** Assignments the unit itself must move on: not yet reported complete. */
    private static final String UNITS_TURN = "a.status in ('NOT_STARTED', 'IN_PROGRESS')";

    /** The start of the day {@code staleDays} ago: a last report before it is stale. */
    private Timestamp staleBefore(LocalDate today, Thresholds t) {
        return Timestamp.from(
                today.minusDays(t.staleDays()).atStartOfDay(clock.getZone()).toInstant());
    }

    private static RowMapper<Condition> task(ReminderRule rule) {
        return (rs, i) -> new Condition(
                rule,
                rs.getLong("unit_id"),
                rs.getString("code"),
                rule.severity(),
                rs.getString("title"),
                rs.getDate("deadline").toLocalDate(),
                null,
                null,
                null,
                null);
    }

    private void figureRules(LocalDate today, Thresholds t, List<Condition> found) {
        Map<String, Long> unitIds = new HashMap<>();
        jdbc.sql("select code, id from unit").query(rs -> {
            unitIds.put(rs.getString("code"), rs.getLong("id"));
        });
        Period current = Period.quarterOf(today);
        String quarter = current.key();
        FigureReport q = figures.figures(current.from(), current.to(), null, null, Structure.CURRENT);

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
        // Overdue dossiers of a unit without figures this quarter are still chased (a closed unit's count for
        // the unit that carries it on: overduePending groups by today's unit).
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
        FigureReport m = figures.figures(lastMonth.atDay(1), lastMonth.atEndOfMonth(), null, null, Structure.CURRENT);
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
