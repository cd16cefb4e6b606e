package org.parsteering.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's PAR plans ({@code demo/plans.csv}), their tasks and assignments ({@code demo/tasks.csv}) and the
 * assignments' histories ({@code demo/progress.csv}) of SPEC 8: most done, some done late, some overdue, some
 * due within the week of the day the demo is loaded, so that every badge and filter shows something on first
 * start.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoPlan extends DemoData {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanService planService;
    private final PlanRepository plans;
    private final PlanFieldRepository fields;
    private final TaskRepository tasks;
    private final ProgressReportRepository reports;
    private final UnitService units;
    private final Clock clock;

    DemoPlan(
            PlanService planService,
            PlanRepository plans,
            PlanFieldRepository fields,
            TaskRepository tasks,
            ProgressReportRepository reports,
            UnitService units,
            Clock clock) {
        super("plan-2021-2025", 30);
        this.planService = planService;
        this.plans = plans;
        this.fields = fields;
        this.tasks = tasks;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Plan> planByCode = new HashMap<>();
        for (DemoFile.Row row : DemoFile.read("plans.csv", today, "plan_code,name,start_year,end_year")
                .rows()) {
            String code = row.text("plan_code");
            planService.create(code, row.text("name"), row.number("start_year"), row.number("end_year"));
            planByCode.put(code, plans.findByCode(code).orElseThrow());
        }
        Map<String, Task> taskByCode = new HashMap<>();
        for (DemoFile.Row row : DemoFile.read(
                        "tasks.csv",
                        today,
                        "plan,task_code,field,title,description,output,evidence,start,deadline,priority,index_ref,"
                                + "lead_unit,coordinating_units")
                .rows()) {
            Task task = task(row, planByCode);
            taskByCode.put(task.getCode(), task);
        }
        history(today, taskByCode);
        taskByCode.values().forEach(task -> task.rollUp(instant(today)));
        tasks.flush();
    }

    private Task task(DemoFile.Row row, Map<String, Plan> planByCode) {
        Plan plan = planByCode.get(row.text("plan"));
        if (plan == null) {
            throw row.error("plan", "no plan " + row.text("plan") + " in plans.csv");
        }
        String fieldCode = row.text("field");
        PlanField field = fields.findByPlanAndCode(plan.getId(), fieldCode)
                .orElseThrow(() -> row.error("field", "no field " + fieldCode + " in the plan"));
        LocalDate start = row.date("start");
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
        task.setDeadline(row.date("deadline"), entered);
        Unit lead = unit(row, "lead_unit", row.text("lead_unit"));
        List<Unit> coordinating = new ArrayList<>();
        for (String code : row.list("coordinating_units")) {
            coordinating.add(unit(row, "coordinating_units", code));
        }
        task.assign(lead, coordinating, entered);
        return tasks.save(task);
    }

    private Unit unit(DemoFile.Row row, String column, String code) {
        try {
            return units.requireActiveUnit(code);
        } catch (RuntimeException e) {
            throw row.error(column, "no active unit " + code);
        }
    }

    /** Posts each assignment's reports of progress.csv and sets the state they lead to. */
    private void history(LocalDate today, Map<String, Task> taskByCode) {
        Map<Assignment, ProgressReport> last = new java.util.LinkedHashMap<>();
        Map<Assignment, ProgressReport> completion = new HashMap<>();
        var file = DemoFile.read("progress.csv", today, "task_code,unit_code,kind,percent,note,on,by");
        for (DemoFile.Row row : file.rows()) {
            Task task = taskByCode.get(row.text("task_code"));
            if (task == null) {
                throw row.error("task_code", "no task " + row.text("task_code") + " in tasks.csv");
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
                    instant(on.isAfter(today) ? today : on)));
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
