package org.parsteering.plan;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Roles;
import org.parsteering.base.SearchText;
import org.parsteering.calendar.PeriodLocks;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The tasks of a plan. Everyone signed in reads the whole plan (SPEC 1), a closed one too; the committee and
 * the secretary create, edit, reassign and cancel tasks of an open plan. A changed deadline needs a reason,
 * kept in the history.
 */
@Service
@Transactional
@Validated
public class TaskService {

    static final String AUDIT_TYPE = "TASK";

    private final TaskRepository tasks;
    private final AssignmentRepository assignments;
    private final ProgressReportRepository reports;
    private final PlanService plans;
    private final UnitService units;
    private final AuditService audit;
    private final EvidenceStore evidenceStore;
    private final Clock clock;
    private final org.parsteering.settings.SettingsService settings;
    private final PeriodLocks periodLocks;

    TaskService(
            TaskRepository tasks,
            AssignmentRepository assignments,
            ProgressReportRepository reports,
            PlanService plans,
            UnitService units,
            AuditService audit,
            EvidenceStore evidenceStore,
            Clock clock,
            org.parsteering.settings.SettingsService settings,
            PeriodLocks periodLocks) {
        this.periodLocks = periodLocks;
        this.tasks = tasks;
        this.assignments = assignments;
        this.reports = reports;
        this.plans = plans;
        this.units = units;
        this.audit = audit;
        this.evidenceStore = evidenceStore;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * One page of the board for the current plan, sorted by deadline unless the caller sorts: the page's
     * cards, and the count of all matching tasks only when the page does not already tell it.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Page<TaskCard> board(BoardFilter filter, Pageable pageable) {
        Pageable sorted = byDeadline(pageable);
        return PageableExecutionUtils.getPage(cards(filter, sorted), sorted, () -> count(filter));
    }

    /** One page of the board's cards without counting them (for the columns and the lazy grid). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<TaskCard> cards(BoardFilter filter, Pageable pageable) {
        Plan plan = plans.requirePlan(filter.planCode());
        LocalDate today = LocalDate.now(clock);
        Query q = query(plan, filter, today);
        return tasks.boardSlice(
                        plan.getId(),
                        q.fieldId,
                        q.unitId,
                        q.from,
                        q.to,
                        filter.statuses(),
                        q.overdueOn,
                        q.text,
                        filter.criterionId(),
                        byDeadline(pageable))
                .map(t -> card(t, today))
                .getContent();
    }

    private static Pageable byDeadline(Pageable pageable) {
        return pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("deadline", "code"));
    }

    /** How many tasks match the board's filter. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long count(BoardFilter filter) {
        Plan plan = plans.requirePlan(filter.planCode());
        Query q = query(plan, filter, LocalDate.now(clock));
        return tasks.countBoard(
                plan.getId(),
                q.fieldId,
                q.unitId,
                q.from,
                q.to,
                filter.statuses(),
                q.overdueOn,
                q.text,
                filter.criterionId());
    }

    /** How many tasks of the board's filter are in each status (the column headers). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Map<TaskStatus, Long> countByStatus(BoardFilter filter) {
        Plan plan = plans.requirePlan(filter.planCode());
        LocalDate today = LocalDate.now(clock);
        Query q = query(plan, filter, today);
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : tasks.countByStatus(
                plan.getId(),
                q.fieldId,
                q.unitId,
                q.from,
                q.to,
                filter.statuses(),
                q.overdueOn,
                q.text,
                filter.criterionId())) {
            counts.put((TaskStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private record Query(Long fieldId, Long unitId, LocalDate from, LocalDate to, LocalDate overdueOn, String text) {}

    private Query query(Plan plan, BoardFilter filter, LocalDate today) {
        Long fieldId = filter.fieldCode() == null
                ? null
                : plans.requireField(plan, filter.fieldCode()).getId();
        Long unitId = null;
        if (filter.unitCode() != null) {
            unitId = units.findByCode(filter.unitCode()).map(UnitSummary::id).orElse(-1L);
        }
        LocalDate from = filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1);
        LocalDate to = filter.year() == null ? null : LocalDate.of(filter.year(), 12, 31);
        return new Query(
                fieldId, unitId, from, to, filter.overdueOnly() ? today : null, SearchText.like(filter.text()));
    }

    /** The task page: assignments, progress history and badges. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<TaskDetail> detail(String code) {
        LocalDate today = LocalDate.now(clock);
        return tasks.findByCode(code == null ? "" : code.toUpperCase(java.util.Locale.ROOT))
                .map(t -> detail(t, today));
    }

    /**
     * Open assignments (not DONE, not CANCELLED) of units closed before today, of every plan, most overdue first:
     * an abolition without successor leaves its open work on the closed unit, which can no longer act for it, so
     * the committee reassigns it (edit the task) or cancels it. Empty after mergers, whose work is carried over.
     */
    @PreAuthorize(Roles.CAN_READ_ALL)
    @Transactional(readOnly = true)
    public List<AssignmentView> openOnClosedUnits() {
        LocalDate today = LocalDate.now(clock);
        return assignments.findOpenOnClosedUnits(today).stream()
                .map(a -> view(a, today))
                .toList();
    }

    /** Creates a task of the current plan with its lead and coordinating units (never in a closed plan). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public TaskDetail create(@Valid TaskDraft draft) {
        Plan plan = plans.requireCurrentPlan();
        plan.requireOpen();
        if (tasks.findByCode(draft.getCode()).isPresent()) {
            throw new BusinessException("task.error.codeTaken", draft.getCode());
        }
        checkPeriodLocks(null, draft);
        Task task = new Task(plan, draft.getCode(), clock.instant());
        applyDetails(task, plan, draft);
        task.setDeadline(draft.getDeadline(), clock.instant());
        task.assign(units.requireActiveUnit(draft.getLeadUnitCode()), coordinating(draft), clock.instant());
        tasks.save(task);
        task.rollUp(clock.instant());
        audit.changes(AUDIT_TYPE, task.getCode(), draft.getLeadUnitCode())
                .field("title", null, task.getTitle())
                .field("field", null, draft.getFieldCode())
                .field("deadline", null, task.getDeadline())
                .field("lead", null, draft.getLeadUnitCode())
                .field("coordinating", null, String.join(";", draft.getCoordinatingUnitCodes()))
                .save("CREATE");
        tasks.flush();
        return detail(task, LocalDate.now(clock));
    }

    /**
     * Saves an edited task. A changed deadline needs a reason (it goes into the history); units whose
     * assignment has started cannot be taken off the task. Refused if someone saved the task meanwhile.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public TaskDetail update(@Valid TaskDraft draft, String deadlineReason) {
        Task task = tasks.findById(draft.getId())
                .orElseThrow(() -> new BusinessException("task.error.notFound", draft.getCode()));
        if (task.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException(
                    audit.lastActor(AUDIT_TYPE, task.getCode()).orElse(null));
        }
        if (!task.getCode().equals(draft.getCode())) {
            throw new BusinessException("task.error.codeImmutable");
        }
        task.getPlan().requireOpen();
        if (task.getStatus() == TaskStatus.CANCELLED || task.getStatus() == TaskStatus.DONE) {
            throw new BusinessException("task.error.closed", task.getCode());
        }
        boolean deadlineChanged = !task.getDeadline().equals(draft.getDeadline());
        if (deadlineChanged && (deadlineReason == null || deadlineReason.isBlank())) {
            throw new BusinessException("task.error.deadlineReason");
        }
        String oldLead = task.getLeadUnit().getCode();
        String oldCoordinating = coordinatingCodes(task);
        checkPeriodLocks(task, draft);
        var changes = audit.changes(AUDIT_TYPE, task.getCode(), draft.getLeadUnitCode())
                .field("title", task.getTitle(), draft.getTitle())
                .field("description", task.getDescription(), draft.getDescription())
                .field("expectedOutput", task.getExpectedOutput(), draft.getExpectedOutput())
                .field("evidenceRequired", task.getEvidenceRequired(), draft.getEvidenceRequired())
                .field("field", task.getField().getCode(), draft.getFieldCode())
                .field("startDate", task.getStartDate(), draft.getStartDate())
                .field("priority", task.getPriority(), draft.getPriority())
                .field("indexCriterion", task.getIndexCriterion(), draft.getIndexCriterion())
                .field("lead", oldLead, draft.getLeadUnitCode())
                .field(
                        "coordinating",
                        oldCoordinating,
                        String.join(
                                ";",
                                draft.getCoordinatingUnitCodes().stream()
                                        .sorted()
                                        .toList()))
                .field("deadline", task.getDeadline(), draft.getDeadline());
        if (deadlineChanged) {
            changes.field("deadlineReason", null, deadlineReason.strip());
        }
        applyDetails(task, task.getPlan(), draft);
        task.setDeadline(draft.getDeadline(), clock.instant());
        task.assign(assignable(task, draft.getLeadUnitCode(), true), coordinating(task, draft), clock.instant());
        task.rollUp(clock.instant());
        tasks.saveAndFlush(task);
        changes.save("UPDATE");
        return detail(task, LocalDate.now(clock));
    }

    /**
     * Refuses a new or edited task that would change what a locked period counted (SPEC 4a): a new task due in it,
     * a deadline moved out of it or into it, other units or another PAR field on a task due in it. Its wording may
     * still change.
     */
    void checkPeriodLocks(Task task, TaskDraft draft) {
        if (task == null) {
            periodLocks.checkOpen(draft.getDeadline());
            return;
        }
        if (!task.getDeadline().equals(draft.getDeadline())) {
            periodLocks.checkOpen(task.getDeadline());
            periodLocks.checkOpen(draft.getDeadline());
        }
        // The units the task is with now (an assignment handed over by a unit change is no longer one of them).
        String coordinatingNow = String.join(
                ";",
                task.getAssignments().stream()
                        .filter(a -> !a.isLead() && a.getStatus() != TaskStatus.CANCELLED)
                        .map(a -> a.getUnit().getCode())
                        .sorted()
                        .toList());
        boolean otherUnits = !task.getLeadUnit().getCode().equals(draft.getLeadUnitCode())
                || !coordinatingNow.equals(String.join(
                        ";", draft.getCoordinatingUnitCodes().stream().sorted().toList()));
        // the PAR field: the locked period's figures are grouped by it
        boolean otherField =
                draft.getFieldCode() != null && !task.getField().getCode().equals(draft.getFieldCode());
        if (otherUnits || otherField) {
            periodLocks.checkOpen(task.getDeadline());
        }
    }

    /** Cancels a task (any time before DONE), with a reason. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public TaskDetail cancel(String code, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("task.error.cancelReason");
        }
        Task task = tasks.findByCode(code).orElseThrow(() -> new BusinessException("task.error.notFound", code));
        task.getPlan().requireOpen();
        if (task.getVersion() != version) {
            throw new ConcurrentEditException(
                    audit.lastActor(AUDIT_TYPE, task.getCode()).orElse(null));
        }
        periodLocks.checkOpen(task.getDeadline()); // it would leave the counts of its locked period (SPEC 4a)
        TaskStatus before = task.getStatus();
        task.cancel(reason.strip(), clock.instant());
        tasks.saveAndFlush(task);
        audit.changes(AUDIT_TYPE, task.getCode(), task.getLeadUnit().getCode())
                .field("status", before, TaskStatus.CANCELLED)
                .field("cancelReason", null, reason.strip())
                .save("CANCEL");
        return detail(task, LocalDate.now(clock));
    }

    private void applyDetails(Task task, Plan plan, TaskDraft d) {
        PlanField field = plans.requireField(plan, d.getFieldCode());
        task.setDetails(
                field,
                d.getTitle(),
                d.getDescription(),
                d.getExpectedOutput(),
                d.getEvidenceRequired(),
                d.getStartDate(),
                d.getPriority(),
                d.getIndexCriterion(),
                clock.instant());
    }

    private List<Unit> coordinating(TaskDraft draft) {
        List<Unit> list = new ArrayList<>();
        for (String code : draft.coordinating()) {
            list.add(units.requireActiveUnit(code));
        }
        return list;
    }

    private List<Unit> coordinating(Task task, TaskDraft draft) {
        List<Unit> list = new ArrayList<>();
        for (String code : draft.coordinating()) {
            list.add(assignable(task, code, false));
        }
        return list;
    }

    /**
     * The unit an edited task names: one the task already has in the same role stays even if it has closed since
     * (its done work stays with it, SPEC 2a); any other must be active today, so a closed unit gets no new
     * assignment.
     */
    private Unit assignable(Task task, String code, boolean lead) {
        String wanted = code == null ? "" : code.toUpperCase(java.util.Locale.ROOT);
        return task.getAssignments().stream()
                .filter(a -> a.isLead() == lead && a.getUnit().getCode().equals(wanted))
                .map(Assignment::getUnit)
                .findFirst()
                .orElseGet(() -> units.requireActiveUnit(code));
    }

    private static String coordinatingCodes(Task task) {
        return String.join(
                ";",
                task.getAssignments().stream()
                        .filter(a -> !a.isLead())
                        .map(a -> a.getUnit().getCode())
                        .sorted()
                        .toList());
    }

    /** The last day of the due-soon window (the secretary's setting) seen from today. */
    private LocalDate dueSoonEnd(LocalDate today) {
        return Deadlines.dueSoonEnd(today, settings.thresholds().dueSoonDays());
    }

    TaskCard card(Task t, LocalDate today) {
        boolean doneLate = t.isDoneLate();
        return new TaskCard(
                t.getId(),
                t.getCode(),
                t.getTitle(),
                t.getField().getCode(),
                t.getField().getPosition(),
                t.getLeadUnit().getCode(),
                t.getLeadUnit().getName(),
                t.getDeadline(),
                t.getStatus(),
                t.getProgress(),
                t.getPriority(),
                t.isOverdue(today),
                t.isDueSoon(today, dueSoonEnd(today)),
                doneLate);
    }

    AssignmentView view(Assignment a, LocalDate today) {
        return new AssignmentView(
                a.getId(),
                a.getVersion(),
                a.getTask().getCode(),
                a.getTask().getTitle(),
                a.getUnit().getCode(),
                a.getUnit().getName(),
                a.isLead(),
                a.getStatus(),
                a.getProgress(),
                a.getDeadline(),
                a.getLastReportAt(),
                a.getDoneOn(),
                a.isOverdue(today),
                a.isDueSoon(today, dueSoonEnd(today)),
                a.isDoneLate(),
                a.getReturnReason());
    }

    private TaskDetail detail(Task t, LocalDate today) {
        List<AssignmentView> assignments =
                t.getAssignments().stream().map(a -> view(a, today)).toList();
        List<ProgressReport> rows = t.getId() == null ? List.of() : reports.findByTask(t.getId());
        var evidence = evidenceStore.forReports(
                rows.stream().map(ProgressReport::getId).toList());
        List<ReportView> history = rows.stream()
                .map(r -> new ReportView(
                        r.getId(),
                        r.getAssignment().getUnit().getCode(),
                        r.getKind().name(),
                        r.getPercent(),
                        r.getNote(),
                        r.getReportedBy(),
                        r.getReportedAt(),
                        evidence.getOrDefault(r.getId(), List.of())))
                .toList();
        return new TaskDetail(
                t.getId(),
                t.getVersion(),
                t.getCode(),
                t.getTitle(),
                t.getDescription(),
                t.getExpectedOutput(),
                t.getEvidenceRequired(),
                t.getField().toSummary(),
                t.getStartDate(),
                t.getDeadline(),
                t.getPriority(),
                t.getStatus(),
                t.getProgress(),
                t.getIndexCriterion(),
                t.getCancelReason(),
                t.getPlan().getCode(),
                t.getPlan().isClosed(),
                t.isOverdue(today),
                t.isDueSoon(today, dueSoonEnd(today)),
                assignments,
                history);
    }
}
