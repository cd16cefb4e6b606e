package org.parsteering.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parsteering.base.BusinessException;
import org.parsteering.base.PeriodLockedException;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Roles;
import org.parsteering.base.tabular.FirstLines;
import org.parsteering.base.tabular.ImportColumn;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.base.tabular.RowParser;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.base.tabular.TabularRow;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plan tasks into the current plan (SPEC 5 "Plan tasks", key {@code task_code}). All or nothing,
 * every bad row reported with its line; re-importing the same file changes nothing; changed values for
 * a known code update that task (a changed deadline is recorded with the reason "import").
 */
@Service
@Transactional
public class TaskImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "tasks",
            ImportColumn.required("task_code", "import.rule.tasks.task_code", "2024-TTHC-90", "2024-CPDT-91"),
            ImportColumn.required(
                    "title",
                    "import.rule.tasks.title",
                    "Rà soát quy trình nội bộ giải quyết TTHC",
                    "Hướng dẫn người dân nộp hồ sơ trực tuyến"),
            ImportColumn.required("field", "import.rule.tasks.field", "TTHC", "CPDT"),
            ImportColumn.required("lead_unit", "import.rule.tasks.lead_unit", "PB-VP", "XA-BAISON"),
            ImportColumn.required("deadline", "import.rule.tasks.deadline", "2024-09-30", "2024-12-15"),
            ImportColumn.optional(
                    "coordinating_units", "import.rule.tasks.coordinating_units", "PB-NOIVU;PB-TUPHAP", ""),
            ImportColumn.optional(
                    "output", "import.rule.tasks.output", "Báo cáo kết quả rà soát", "Tỷ lệ hồ sơ trực tuyến"),
            ImportColumn.optional("priority", "import.rule.tasks.priority", "HIGH", "")
                    .allowing(Priority.class, Priority::messageKey));

    private static final Pattern CODE = Pattern.compile(Task.CODE_PATTERN);

    private final TaskRepository tasks;
    private final TaskService taskService;
    private final PlanService plans;
    private final UnitService units;
    private final Clock clock;

    TaskImportService(
            TaskRepository tasks, TaskService taskService, PlanService plans, UnitService units, Clock clock) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** A closed unit a row names as lead or coordinating unit, allowed only if the task already has it so. */
    private record ClosedUse(int line, String column, String code, boolean lead, LocalDate lastDay) {}

    /** The last day of a known unit that has closed before today; null for an unknown or an active unit. */
    private LocalDate closedOn(String code) {
        LocalDate today = LocalDate.now(clock);
        return units.findByCode(code.toUpperCase(Locale.ROOT))
                .map(UnitSummary::activeTo)
                .filter(to -> to.isBefore(today))
                .orElse(null);
    }

    /** The row's task code in upper case, or null with a row error when it breaks {@link Task#CODE_PATTERN}. */
    private static String code(RowParser p) {
        String code = p.text("task_code", true, Task.CODE_LENGTH);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            p.error("task_code", "import.error.badTaskCode", code);
            return null;
        }
        return code;
    }

    /**
     * Refuses ({@code AccessDeniedException}) a caller who may not run this import, so that a file is
     * refused before it is received: its rule is the one of {@link #importFile(byte[], String)}.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importTasks(TabularReader.read(content, fileName, FORMAT));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importTasks(TabularFile file) {
        Plan plan = plans.requireCurrentPlan();
        plan.requireOpen();
        Set<String> fieldCodes = new LinkedHashSet<>();
        plans.fields(plan.getId()).forEach(f -> fieldCodes.add(f.code()));
        Map<String, UnitSummary> activeUnits = new HashMap<>();
        units.activeUnits().forEach(u -> activeUnits.put(u.code(), u));

        List<RowError> errors = new ArrayList<>();
        List<TaskDraft> drafts = new ArrayList<>();
        Map<TaskDraft, Integer> lines = new IdentityHashMap<>();
        FirstLines<String> firstLines = new FirstLines<>();
        Map<TaskDraft, List<ClosedUse>> closedUses = new IdentityHashMap<>();
        for (TabularRow row : file.rows()) {
            RowParser p = new RowParser(row, errors);
            String code = code(p);
            String title = p.text("title", true, Task.TITLE_LENGTH);
            String field = p.text("field", true, 20);
            String lead = p.text("lead_unit", true, 40);
            LocalDate deadline = p.date("deadline", true);
            String output = p.text("output", false, Task.OUTPUT_LENGTH);
            Priority priority =
                    row.get("priority").isEmpty() ? Priority.NORMAL : p.enumValue("priority", Priority.class, false);
            if (field != null && !fieldCodes.contains(field.toUpperCase(Locale.ROOT))) {
                p.error("field", "import.error.unknownField", field, String.join(", ", fieldCodes));
            }
            List<ClosedUse> closedHere = new ArrayList<>();
            if (lead != null && !activeUnits.containsKey(lead.toUpperCase(Locale.ROOT))) {
                LocalDate lastDay = closedOn(lead);
                if (lastDay == null) {
                    p.error("lead_unit", "import.error.unknownUnit", lead);
                } else {
                    closedHere.add(
                            new ClosedUse(row.line(), "lead_unit", lead.toUpperCase(Locale.ROOT), true, lastDay));
                }
            }
            Set<String> coordinating = new LinkedHashSet<>();
            for (String c : Arrays.stream(row.get("coordinating_units").split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()) {
                String uc = c.toUpperCase(Locale.ROOT);
                LocalDate lastDay = activeUnits.containsKey(uc) ? null : closedOn(uc);
                if (!activeUnits.containsKey(uc) && lastDay == null) {
                    p.error("coordinating_units", "import.error.unknownUnit", c);
                } else if (lead != null && uc.equals(lead.toUpperCase(Locale.ROOT))) {
                    p.error("coordinating_units", "import.error.leadAlsoCoordinating", c);
                } else {
                    if (lastDay != null) {
                        closedHere.add(new ClosedUse(row.line(), "coordinating_units", uc, false, lastDay));
                    }
                    coordinating.add(uc);
                }
            }
            if (code != null) {
                if (!firstLines.first(code, p, "task_code")) {
                    continue;
                }
            }
            TaskDraft d = new TaskDraft();
            d.setCode(code);
            d.setTitle(title);
            d.setFieldCode(field == null ? null : field.toUpperCase(Locale.ROOT));
            d.setLeadUnitCode(lead);
            d.setDeadline(deadline);
            d.setExpectedOutput(output);
            d.setPriority(priority == null ? Priority.NORMAL : priority);
            d.setCoordinatingUnitCodes(coordinating);
            drafts.add(d);
            lines.put(d, row.line());
            if (!closedHere.isEmpty()) {
                closedUses.put(d, closedHere);
            }
        }
        Map<String, Task> existing = new HashMap<>();
        tasks.findByCodeIn(drafts.stream()
                        .map(TaskDraft::getCode)
                        .filter(Objects::nonNull)
                        .toList())
                .forEach(t -> existing.put(t.getCode(), t));
        // After a change (SPEC 2a) a closed unit gets no new assignment; one it already has on the task, in the
        // same role, may stay (a re-imported file still imports).
        closedUses.forEach((d, uses) -> {
            Task t = existing.get(d.getCode());
            for (ClosedUse u : uses) {
                boolean kept = t != null
                        && t.getAssignments().stream()
                                .anyMatch(a -> a.getUnit().getCode().equals(u.code()) && a.isLead() == u.lead());
                if (!kept) {
                    errors.add(RowError.of(u.line(), u.column(), "import.error.unitClosed", u.code(), u.lastDay()));
                }
            }
        });
        for (TaskDraft d : drafts) {
            Task t = existing.get(d.getCode());
            if (t != null && t.getPlan().isClosed() && changed(t, d)) {
                errors.add(RowError.of(
                        lines.get(d),
                        "task_code",
                        "import.error.planClosed",
                        d.getCode(),
                        t.getPlan().getCode()));
            } else if (t != null && !t.getStatus().isOpen() && changed(t, d)) {
                errors.add(RowError.of(lines.get(d), "task_code", "import.error.taskClosed", d.getCode()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }

        // Nothing is written when a row would change what a locked period counted (SPEC 4a; the API answers 409).
        for (TaskDraft d : drafts) {
            Task t = existing.get(d.getCode());
            if (t == null || changed(t, d)) {
                try {
                    taskService.checkPeriodLocks(t, d);
                } catch (PeriodLockedException e) {
                    throw e.onLine(lines.get(d));
                }
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (TaskDraft d : drafts) {
            try {
                Task t = existing.get(d.getCode());
                if (t == null) {
                    taskService.create(d);
                    created++;
                } else if (!changed(t, d)) {
                    unchanged++;
                } else {
                    TaskDraft merged =
                            taskService.detail(d.getCode()).orElseThrow().toDraft();
                    merged.setTitle(d.getTitle());
                    merged.setFieldCode(d.getFieldCode());
                    merged.setLeadUnitCode(d.getLeadUnitCode());
                    merged.setCoordinatingUnitCodes(d.getCoordinatingUnitCodes());
                    merged.setDeadline(d.getDeadline());
                    merged.setExpectedOutput(d.getExpectedOutput());
                    merged.setPriority(d.getPriority());
                    taskService.update(merged, "import");
                    updated++;
                }
            } catch (PeriodLockedException e) {
                throw e.onLine(lines.get(d)); // the whole file is rolled back; the API answers 409 (SPEC 4a)
            } catch (BusinessException e) {
                // A rule the row checks could not see (e.g. taking a unit that already started off a task):
                // the whole file is rolled back.
                throw new ImportRejectedException(
                        List.of(RowError.of(lines.get(d), "", e.getMessageKey(), e.getArgs())));
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    private static boolean changed(Task t, TaskDraft d) {
        Set<String> coordinating = new java.util.TreeSet<>();
        t.getAssignments().stream()
                .filter(a -> !a.isLead())
                .forEach(a -> coordinating.add(a.getUnit().getCode()));
        return !(Objects.equals(t.getTitle(), d.getTitle())
                && Objects.equals(t.getField().getCode(), d.getFieldCode())
                && Objects.equals(t.getLeadUnit().getCode(), d.getLeadUnitCode())
                && coordinating.equals(new java.util.TreeSet<>(d.getCoordinatingUnitCodes()))
                && Objects.equals(t.getDeadline(), d.getDeadline())
                && Objects.equals(t.getExpectedOutput(), d.getExpectedOutput())
                && t.getPriority() == d.getPriority());
    }
}
