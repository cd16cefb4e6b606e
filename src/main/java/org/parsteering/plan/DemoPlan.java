package org.parsteering.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoDataException;
import org.parsteering.base.DemoFile;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One demo PAR plan of {@code demo/plans.csv} — its fields ({@code demo/plan-fields.csv}, else the seven
 * standard ones), its tasks and assignments ({@code demo/tasks.csv}) and the assignments' histories
 * ({@code demo/progress.csv}) of SPEC 8: most done, some done late, some overdue, some due within the week of the
 * day the demo is loaded, so that every badge and filter shows something on first start. A plan loads only when
 * the demo is created on or after 1 January of its start year and all its units exist ({@link #decide}); the
 * newest loaded plan becomes current, and an older one whose period is over is closed on the day after it.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoPlan extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String planCode;
    private final PlanService planService;
    private final PlanRepository plans;
    private final PlanFieldRepository fields;
    private final TaskRepository tasks;
    private final ProgressReportRepository reports;
    private final UnitService units;
    private final EntityManager em;
    private final Clock clock;

    @Autowired
    DemoPlan(
            PlanService planService,
            PlanRepository plans,
            PlanFieldRepository fields,
            TaskRepository tasks,
            ProgressReportRepository reports,
            UnitService units,
            EntityManager em,
            Clock clock) {
        this("plan-2021-2025", 30, "2021-2025", planService, plans, fields, tasks, reports, units, em, clock);
    }

    /** @param planCode the row of plans.csv (and the rows of the other files) this part loads */
    DemoPlan(
            String name,
            int order,
            String planCode,
            PlanService planService,
            PlanRepository plans,
            PlanFieldRepository fields,
            TaskRepository tasks,
            ProgressReportRepository reports,
            UnitService units,
            EntityManager em,
            Clock clock) {
        super(name, order);
        this.planCode = planCode;
        this.planService = planService;
        this.plans = plans;
        this.fields = fields;
        this.tasks = tasks;
        this.reports = reports;
        this.units = units;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Whether a demo plan loads on {@code today}, and the day it is closed (null: it stays open): it loads when
     * today is on or after 1 January of its start year and its units exist (the province's departments and the new
     * communes exist only in a demo created on or after 1 July 2025); it is closed on 1 January after its end year
     * when today is on or after that day.
     */
    static Decision decide(LocalDate today, int startYear, int endYear, boolean unitsExist) {
        boolean load = unitsExist && !today.isBefore(LocalDate.of(startYear, 1, 1));
        LocalDate closeOn = LocalDate.of(endYear + 1, 1, 1);
        return new Decision(load, load && !today.isBefore(closeOn) ? closeOn : null);
    }

    /** What {@link #decide} says for one plan: load it or not, and the day it is closed (null: open). */
    record Decision(boolean load, LocalDate closeOn) {}

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        Map<String, int[]> years = new HashMap<>();
        DemoFile.Row planRow = null;
        for (DemoFile.Row row : DemoFile.read("plans.csv", today, "plan_code,name,start_year,end_year")
                .rows()) {
            years.put(row.text("plan_code"), new int[] {row.number("start_year"), row.number("end_year")});
            if (row.text("plan_code").equals(planCode)) {
                planRow = row;
            }
        }
        if (planRow == null) {
            throw new DemoDataException("demo/plans.csv: no plan " + planCode);
        }
        List<DemoFile.Row> taskRows = DemoFile.read(
                        "tasks.csv",
                        today,
                        "plan,task_code,field,title,description,output,evidence,start,deadline,priority,index_ref,"
                                + "lead_unit,coordinating_units")
                .rows()
                .stream()
                .filter(r -> r.text("plan").equals(planCode))
                .toList();
        List<DemoFile.Row> fieldRows =
                DemoFile.read("plan-fields.csv", today, "plan,code,name_en,name_vi,working_group,lead_unit")
                        .rows()
                        .stream()
                        .filter(r -> r.text("plan").equals(planCode))
                        .toList();
        Set<String> unitCodes = new TreeSet<>();
        for (DemoFile.Row row : taskRows) {
            unitCodes.add(row.text("lead_unit"));
            unitCodes.addAll(row.list("coordinating_units"));
        }
        fieldRows.forEach(r -> Optional.ofNullable(r.optional("lead_unit")).ifPresent(unitCodes::add));
        List<String> missing =
                unitCodes.stream().filter(c -> units.findByCode(c).isEmpty()).toList();
        int startYear = planRow.number("start_year");
        int endYear = planRow.number("end_year");
        Decision decision = decide(today, startYear, endYear, missing.isEmpty());
        if (!decision.load()) {
            log.info(
                    "Demo plan {} not loaded on {}: it starts in {}{}",
                    planCode,
                    today,
                    startYear,
                    missing.isEmpty() ? "" : ", and its units " + missing + " do not exist");
            return;
        }

        planService.create(planCode, planRow.text("name"), startYear, endYear);
        Plan plan = plans.findByCode(planCode).orElseThrow();
        if (!plan.isCurrent()
                && plans.findCurrent().map(c -> c.getStartYear() < startYear).orElse(true)) {
            planService.makeCurrent(planCode);
        }
        if (!fieldRows.isEmpty()) {
            fields(plan, fieldRows);
        }
        // the plan's dates: a closed plan's work ended with its period, none of it is due or reported later
        LocalDate first = LocalDate.of(startYear, 1, 1);
        LocalDate last = LocalDate.of(endYear, 12, 31);
        Map<String, Task> taskByCode = new HashMap<>();
        for (DemoFile.Row row : taskRows) {
            Task task = task(row, plan, first, last);
            taskByCode.put(task.getCode(), task);
        }
        LocalDate reportedUpTo = today.isAfter(last) ? last : today;
        history(today, reportedUpTo, taskByCode);
        taskByCode.values().forEach(task -> task.rollUp(instant(reportedUpTo)));
        tasks.flush();
        closeEnded(today, years);
    }

    /** Gives the plan exactly the fields of its rows, in their order. */
    private void fields(Plan plan, List<DemoFile.Row> rows) {
        Map<String, FieldSummary> existing = new HashMap<>();
        planService.fields(plan.getId()).forEach(f -> existing.put(f.code(), f));
        List<String> order = new ArrayList<>();
        for (DemoFile.Row row : rows) {
            String code = row.text("code");
            FieldDraft draft = new FieldDraft(
                    code,
                    row.text("name_en"),
                    row.text("name_vi"),
                    row.optional("working_group"),
                    row.optional("lead_unit"));
            FieldSummary f = existing.remove(code);
            if (f == null) {
                planService.addField(plan.getId(), draft);
            } else {
                planService.updateField(f.id(), f.version(), draft);
            }
            order.add(code);
        }
        for (FieldSummary unused : existing.values()) {
            planService.removeField(unused.id(), unused.version());
        }
        List<PlanField> all = fields.findByPlan(plan.getId());
        all.forEach(f -> f.setPosition(order.indexOf(f.getCode()) + 1));
        fields.saveAllAndFlush(all);
    }

    /** Closes every loaded plan, other than the current one, whose period is over (on the day after it). */
    private void closeEnded(LocalDate today, Map<String, int[]> years) {
        for (Plan p : plans.findAllByNewest()) {
            int[] y = years.get(p.getCode());
            if (y == null || p.isCurrent() || p.isClosed()) {
                continue;
            }
            LocalDate closeOn = decide(today, y[0], y[1], true).closeOn();
            if (closeOn != null) {
                planService.closeNow(p, instant(closeOn).minusSeconds(9 * 3600));
            }
        }
    }

    private static LocalDate within(LocalDate day, LocalDate first, LocalDate last) {
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }

    private Task task(DemoFile.Row row, Plan plan, LocalDate first, LocalDate last) {
        String fieldCode = row.text("field");
        PlanField field = fields.findByPlanAndCode(plan.getId(), fieldCode)
                .orElseThrow(() -> row.error("field", "no field " + fieldCode + " in the plan"));
        LocalDate deadline = within(row.date("deadline"), first, last);
        LocalDate start = within(row.date("start"), first, deadline);
        // entered ten days before the task starts
        Instant entered = instant(start.minusDays(10));
        Task task = new Task(plan, row.text("task_code"), entered);
        task.setDetails(
                field,
                row.text("title"),
                row.text("description"),
                row.text("output"),
                row.text("evidence"),
                start,
                row.choice("priority", Priority.class),
                row.optional("index_ref"),
                entered);
        task.setDeadline(deadline, entered);
        Unit lead = unit(row, "lead_unit", row.text("lead_unit"), start);
        List<Unit> coordinating = new ArrayList<>();
        for (String code : row.list("coordinating_units")) {
            coordinating.add(unit(row, "coordinating_units", code, start));
        }
        task.assign(lead, coordinating, entered);
        return tasks.save(task);
    }

    /**
     * The unit, active when the task started: a unit closed since (a district unit merged in July 2025) still
     * held its work of the old plan.
     */
    private Unit unit(DemoFile.Row row, String column, String code, LocalDate on) {
        Unit unit = units.findByCode(code)
                .map(u -> em.find(Unit.class, u.id()))
                .orElseThrow(() -> row.error(column, "no unit " + code));
        if (!unit.isActiveOn(on)) {
            throw row.error(column, "unit " + code + " is not active on " + on);
        }
        return unit;
    }

    /** Posts each assignment's reports of progress.csv and sets the state they lead to. */
    private void history(LocalDate today, LocalDate reportedUpTo, Map<String, Task> taskByCode) {
        Map<Assignment, ProgressReport> last = new java.util.LinkedHashMap<>();
        Map<Assignment, ProgressReport> completion = new HashMap<>();
        var file = DemoFile.read("progress.csv", today, "task_code,unit_code,kind,percent,note,on,by");
        for (DemoFile.Row row : file.rows()) {
            Task task = taskByCode.get(row.text("task_code"));
            if (task == null) {
                continue; // a task of another plan
            }
            String unitCode = row.text("unit_code");
            Assignment a = task.getAssignments().stream()
                    .filter(x -> x.getUnit().getCode().equals(unitCode))
                    .findFirst()
                    .orElseThrow(() -> row.error("unit_code", unitCode + " is not assigned " + task.getCode()));
            int percent = row.number("percent");
            if (percent < 0 || percent > 100) {
                throw row.error("percent", percent + " is not between 0 and 100");
            }
            LocalDate on = row.date("on");
            ProgressReport report = reports.save(new ProgressReport(
                    a,
                    row.choice("kind", ProgressReport.Kind.class),
                    percent,
                    row.optional("note"),
                    row.text("by"),
                    instant(on.isAfter(reportedUpTo) ? reportedUpTo : on)));
            last.put(a, report);
            if (report.getKind() == ProgressReport.Kind.COMPLETION) {
                completion.put(a, report);
            }
        }
        last.forEach((a, report) -> {
            LocalDate day = LocalDate.ofInstant(report.getReportedAt(), ZONE);
            switch (report.getKind()) {
                case ACCEPTED ->
                    a.seedHistory(
                            TaskStatus.DONE,
                            100,
                            completion.getOrDefault(a, report).getReportedAt(),
                            day);
                case COMPLETION -> a.seedHistory(TaskStatus.COMPLETED, 100, report.getReportedAt(), null);
                default -> {
                    boolean done = !a.isLead() && report.getPercent() == 100;
                    a.seedHistory(
                            done ? TaskStatus.DONE : TaskStatus.IN_PROGRESS,
                            report.getPercent(),
                            report.getReportedAt(),
                            done ? day : null);
                }
            }
        });
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(9, 0).atZone(ZONE).toInstant();
    }
}
