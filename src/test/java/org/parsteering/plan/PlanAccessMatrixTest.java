package org.parsteering.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.support.AccessMatrixTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of the plan feature's services × every role × own unit / other unit: allowed or
 * denied, enforced in the services whatever the screens show. "Allowed" means security let the call
 * through (a rule of the domain may still refuse it with a BusinessException).
 */
@Transactional
class PlanAccessMatrixTest extends AccessMatrixTest<PlanAccessMatrixTest> {

    /** The demo account of each role; the unit heads are of XA-BAISON ("own") — PB-NOIVU is "other". */
    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.baison");

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    PlanService plans;

    @Autowired
    CompletionService completion;

    @Autowired
    TaskCriteriaService criteria;

    TaskDetail task;
    AssignmentView own;
    AssignmentView other;

    @BeforeEach
    void fixture() {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("M-"));
        d.setTitle("Access matrix task");
        d.setFieldCode("CPDT");
        d.setDeadline(LocalDate.now(clock).plusDays(20));
        d.setLeadUnitCode("XA-BAISON");
        d.setCoordinatingUnitCodes(Set.of("PB-NOIVU"));
        task = as("committee", () -> tasks.create(d));
        own = task.assignments().stream()
                .filter(a -> a.unitCode().equals("XA-BAISON"))
                .findFirst()
                .orElseThrow();
        other = task.assignments().stream()
                .filter(a -> a.unitCode().equals("PB-NOIVU"))
                .findFirst()
                .orElseThrow();
    }

    /** A row whose call reaches this test's services and fixture. */
    static final class Cell extends AccessMatrixTest.Cell<PlanAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call<PlanAccessMatrixTest> call) {
            super(method, allowedRoles, unitScoped, call);
        }
    }

    static final List<Cell> CELLS = List.of(
            new Cell("PlanService.current", ALL, false, (t, s) -> t.plans.current()),
            new Cell("PlanService.all", ALL, false, (t, s) -> t.plans.all()),
            new Cell(
                    "PlanService.fields",
                    ALL,
                    false,
                    (t, s) -> t.plans.fields(t.plans.current().orElseThrow().id())),
            new Cell(
                    "PlanService.create",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.create("2026-2030", "Kế hoạch 2026–2030", 2026, 2030)),
            new Cell("PlanService.makeCurrent", Set.of("SECRETARY"), false, (t, s) -> t.plans.makeCurrent("2021-2025")),
            new Cell("PlanService.find", ALL, false, (t, s) -> t.plans.find("2021-2025")),
            new Cell("PlanService.forDay", ALL, false, (t, s) -> t.plans.forDay(LocalDate.now(t.clock))),
            new Cell(
                    "PlanService.close",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.close("2021-2025", t.currentPlan().version())),
            new Cell(
                    "PlanService.reopen",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.reopen("2021-2025", t.currentPlan().version(), "matrix")),
            new Cell(
                    "PlanService.addField",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.addField(
                            t.currentPlan().id(), new FieldDraft("MX", "Matrix", "Ma trận", null, null))),
            new Cell(
                    "PlanService.updateField",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.updateField(
                            t.firstField().id(),
                            t.firstField().version(),
                            new FieldDraft(null, "Matrix", "Ma trận", "Tổ", null))),
            new Cell(
                    "PlanService.moveField",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.moveField(
                            t.firstField().id(), t.firstField().version(), 1)),
            new Cell(
                    "PlanService.removeField",
                    Set.of("SECRETARY"),
                    false,
                    (t, s) -> t.plans.removeField(
                            t.firstField().id(), t.firstField().version())),
            new Cell("TaskService.board", ALL, false, (t, s) -> t.tasks.board(BoardFilter.all(), PageRequest.of(0, 5))),
            new Cell("TaskService.cards", ALL, false, (t, s) -> t.tasks.cards(BoardFilter.all(), PageRequest.of(0, 5))),
            new Cell("TaskService.count", ALL, false, (t, s) -> t.tasks.count(BoardFilter.all())),
            new Cell("TaskService.countByStatus", ALL, false, (t, s) -> t.tasks.countByStatus(BoardFilter.all())),
            new Cell("TaskService.detail", ALL, false, (t, s) -> t.tasks.detail(t.task.code())),
            new Cell("TaskService.create", MANAGERS, false, (t, s) -> {
                TaskDraft d = t.task.toDraft();
                d.setCode(unique("N-"));
                t.tasks.create(withoutId(d));
            }),
            new Cell("TaskService.update", MANAGERS, false, (t, s) -> t.tasks.update(t.task.toDraft(), null)),
            new Cell(
                    "TaskService.cancel",
                    MANAGERS,
                    false,
                    (t, s) -> t.tasks.cancel(t.task.code(), t.task.version(), "matrix")),
            new Cell("ProgressService.myAssignments", Set.of("UNIT_HEAD"), false, (t, s) -> t.progress.myAssignments()),
            new Cell(
                    "ProgressService.reportProgress",
                    Set.of("UNIT_HEAD"),
                    true,
                    (t, s) ->
                            t.progress.reportProgress(t.pick(s).id(), t.pick(s).version(), 10, "matrix")),
            new Cell(
                    "ProgressService.reportComplete",
                    Set.of("UNIT_HEAD"),
                    true,
                    (t, s) ->
                            t.progress.reportComplete(t.pick(s).id(), t.pick(s).version(), "matrix")),
            new Cell("ProgressService.evidence", ALL, false, (t, s) -> t.progress.evidence("0".repeat(32))),
            new Cell(
                    "ProgressService.writeEvidence",
                    ALL,
                    false,
                    (t, s) -> t.progress.writeEvidence("0".repeat(32), new java.io.ByteArrayOutputStream())),
            new Cell(
                    "ProgressService.accept",
                    MANAGERS,
                    false,
                    (t, s) -> t.progress.accept(t.own.id(), t.own.version(), null)),
            new Cell(
                    "ProgressService.returnReport",
                    MANAGERS,
                    false,
                    (t, s) -> t.progress.returnReport(t.own.id(), t.own.version(), "matrix")),
            new Cell(
                    "TaskService.openOnClosedUnits",
                    Set.of("SECRETARY", "COMMITTEE", "INSPECTOR"),
                    false,
                    (t, s) -> t.tasks.openOnClosedUnits()),
            new Cell(
                    "CompletionService.completion",
                    ALL,
                    false,
                    (t, s) -> t.completion.completion(
                            LocalDate.of(2024, 4, 1),
                            LocalDate.of(2024, 6, 30),
                            null,
                            java.util.Locale.ENGLISH,
                            org.parsteering.unit.Structure.HISTORICAL)),
            new Cell("CompletionService.dueWithin", ALL, false, (t, s) -> t.completion.dueWithin(7, null, 5)),
            new Cell("CompletionService.mostOverdue", ALL, false, (t, s) -> t.completion.mostOverdue(null, 5)),
            new Cell("TaskCriteriaService.criteriaOf", ALL, false, (t, s) -> t.criteria.criteriaOf(t.task.code())),
            new Cell("TaskCriteriaService.criteriaOptions", ALL, false, (t, s) -> t.criteria.criteriaOptions("", 5)),
            new Cell("TaskCriteriaService.tasksFor", ALL, false, (t, s) -> t.criteria.tasksFor(List.of(1L, 2L))),
            new Cell("TaskCriteriaService.criterion", ALL, false, (t, s) -> t.criteria.criterion(1L)),
            new Cell(
                    "TaskCriteriaService.linkCriteria",
                    MANAGERS,
                    false,
                    (t, s) -> t.criteria.linkCriteria(t.task.code(), Set.of(), t.task.version())),
            new Cell(
                    "CompletionService.completionByCriterion",
                    ALL,
                    false,
                    (t, s) -> t.completion.completionByCriterion(
                            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(1L))),
            new Cell("TaskImportService.checkMayImport", MANAGERS, false, (t, s) -> t.taskImport.checkMayImport()),
            new Cell(
                    "TaskImportService.importFile",
                    MANAGERS,
                    false,
                    (t, s) -> t.taskImport.importFile(
                            "task_code,title,field,lead_unit,deadline\nMX-1,Matrix,TTHC,XA-BAISON,2024-12-31\n"
                                    .getBytes(StandardCharsets.UTF_8),
                            "t.csv")),
            new Cell(
                    "TaskImportService.importTasks",
                    MANAGERS,
                    false,
                    (t, s) -> t.taskImport.importTasks(org.parsteering.base.tabular.TabularReader.read(
                            "task_code,title,field,lead_unit,deadline\nMX-2,Matrix,TTHC,XA-BAISON,2024-12-31\n"
                                    .getBytes(StandardCharsets.UTF_8),
                            "t.csv",
                            TaskImportService.FORMAT))));

    PlanSummary currentPlan() {
        return as("inspector", () -> plans.current().orElseThrow());
    }

    FieldSummary firstField() {
        return as("inspector", () -> plans.fields(currentPlan().id()).getFirst());
    }

    AssignmentView pick(Scope scope) {
        return scope == Scope.OWN ? own : other;
    }

    private static TaskDraft withoutId(TaskDraft d) {
        TaskDraft copy = new TaskDraft();
        copy.setCode(d.getCode());
        copy.setTitle(d.getTitle());
        copy.setFieldCode(d.getFieldCode());
        copy.setDeadline(d.getDeadline());
        copy.setLeadUnitCode(d.getLeadUnitCode());
        copy.setCoordinatingUnitCodes(d.getCoordinatingUnitCodes());
        return copy;
    }

    PlanAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(
                PlanService.class,
                TaskService.class,
                ProgressService.class,
                TaskImportService.class,
                CompletionService.class,
                TaskCriteriaService.class);
    }

    /** Allowed through security, refused by a rule of the domain or by bean validation: that is "allowed" here. */
    @Override
    protected boolean denies(RuntimeException e) {
        if (e instanceof jakarta.validation.ConstraintViolationException) {
            return false;
        }
        return super.denies(e);
    }
}
