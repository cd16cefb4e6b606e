package org.parsteering.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parsteering.audit.AuditService;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work carried over at a merger or an abolition with a successor (SPEC 2a, issue 12): in the change's own
 * transaction, every open assignment (not DONE, not CANCELLED) of a closed unit goes to the unit that carries it
 * on today.
 *
 * <ul>
 *   <li>The closed unit's assignment is <em>closed as taken over</em> (CANCELLED, no longer the lead): its
 *       progress reports and audit stay where they were made, under the unit that made them, and it counts
 *       nowhere any more. The successor's assignment carries the work on, as it stood: status, percent, deadline,
 *       last report, the lead role; a {@code TAKEN_OVER} entry in the progress history and the audit rows
 *       "taken over from … on … (legal basis)" / "taken over by …" mark it on the task page.
 *   <li>If the successor already has an assignment on the task (two merged communes both coordinated it), no
 *       second one is made: the successor's assignment absorbs the other ({@link Assignment#absorb}: the lead if
 *       either led, the further status, the higher percent).
 *   <li>A task led by a closed unit whose lead assignment was open gets the successor as lead.
 *   <li>DONE assignments stay with the closed unit: in the current structure they count for the successor
 *       through {@code unit_lineage} ({@link CompletionService}).
 *   <li>An abolition without successor moves nothing: the open assignments stay on the closed unit and are listed
 *       for the committee ({@link TaskService#openOnClosedUnits()}).
 * </ul>
 */
@Component
class UnitCarryOver {

    static final String TAKE_OVER = "TAKE_OVER";
    static final String TAKEN_OVER = "TAKEN_OVER";

    private final AssignmentRepository assignments;
    private final ProgressReportRepository reports;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Clock clock;

    UnitCarryOver(
            AssignmentRepository assignments,
            ProgressReportRepository reports,
            EntityManager entityManager,
            JdbcClient jdbc,
            AuditService audit,
            Clock clock) {
        this.assignments = assignments;
        this.reports = reports;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    public void on(UnitsChanged change) {
        if (change.successorId() == null || change.predecessorIds().isEmpty()) {
            return;
        }
        // the unit that carries the successor on today (itself, unless a later change was recorded first)
        long targetId = jdbc.sql("select current_unit_id from unit_lineage where unit_id = :id")
                .param("id", change.successorId())
                .query(Long.class)
                .optional()
                .orElse(change.successorId());
        Unit successor = entityManager.find(Unit.class, targetId);
        Instant now = clock.instant();
        String actor = actor();
        List<Assignment> open = assignments.findOpenOfUnits(change.predecessorIds());
        for (Assignment from : open) {
            Task task = from.getTask();
            String taskCode = task.getCode();
            String fromCode = from.getUnit().getCode();
            String marker = "|" + change.changeDate() + "|" + change.legalBasis();
            boolean wasLead = from.isLead();
            TaskStatus fromStatus = from.getStatus();

            Assignment to = task.getAssignments().stream()
                    .filter(a -> a.getUnit().getId().equals(successor.getId()))
                    .findFirst()
                    .orElse(null);
            TaskStatus toStatusBefore = to == null ? null : to.getStatus();
            Integer toProgressBefore = to == null ? null : to.getProgress();
            if (to == null) {
                to = Assignment.takingOver(from, successor, now);
                task.getAssignments().add(to);
                assignments.save(to);
            } else {
                to.absorb(from, now);
            }
            from.closeAsTakenOver(now);
            if (wasLead) {
                task.leadTakenOverBy(successor, now);
            }
            task.rollUp(now);
            reports.save(new ProgressReport(to, ProgressReport.Kind.TAKEN_OVER, to.getProgress(), null, actor, now));

            audit.changes(ProgressService.AUDIT_TYPE, taskCode + "/" + fromCode, fromCode)
                    .field("status", fromStatus, from.getStatus())
                    .field("takenOverBy", null, successor.getCode() + marker)
                    .save(TAKEN_OVER);
            audit.changes(ProgressService.AUDIT_TYPE, taskCode + "/" + successor.getCode(), successor.getCode())
                    .field("takenOverFrom", null, fromCode + marker)
                    .field("status", toStatusBefore, to.getStatus())
                    .field("progress", toProgressBefore, to.getProgress())
                    .save(TAKE_OVER);
            if (wasLead) {
                audit.changes(TaskService.AUDIT_TYPE, taskCode, successor.getCode())
                        .field("lead", fromCode, successor.getCode())
                        .save(TAKE_OVER);
            }
        }
        assignments.flush();
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null || auth.getName() == null ? AuditService.SYSTEM : auth.getName();
    }
}
