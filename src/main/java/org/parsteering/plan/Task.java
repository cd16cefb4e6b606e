package org.parsteering.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parsteering.base.AbstractEntity;
import org.parsteering.base.BusinessException;
import org.parsteering.unit.Unit;

/**
 * One item of the plan, assigned to exactly one lead unit and any number of coordinating units. Its
 * status rolls up from the assignments: the lead unit's assignment decides completion.
 */
@Entity
@Table(name = "task")
class Task extends AbstractEntity {

    static final int CODE_LENGTH = 40;
    static final int TITLE_LENGTH = 300;
    static final int DESCRIPTION_LENGTH = 4000;
    static final int OUTPUT_LENGTH = 2000;
    /**
     * Letters A–Z (typed lower case, stored upper case), digits, {@code .}, {@code _} and {@code -}: the code is
     * the last part of the task's address ({@code tasks/:code}) and of its assignments' history keys
     * ({@code CODE/UNIT}), so a {@code /} or a space would make a task that cannot be opened. The form and the
     * import both check it.
     */
    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9._-]{0,39}";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    private PlanField field;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "expected_output", length = OUTPUT_LENGTH)
    private String expectedOutput;

    @Column(name = "evidence_required", length = OUTPUT_LENGTH)
    private String evidenceRequired;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private TaskStatus status;

    @Column(name = "progress", nullable = false)
    private int progress;

    /** The lead assignment was accepted after the deadline (copied here so the board needs no join). */
    @Column(name = "done_late", nullable = false)
    private boolean doneLate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id")
    private Unit leadUnit;

    @Column(name = "index_criterion", length = 100)
    private String indexCriterion;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lead desc, id asc")
    private List<Assignment> assignments = new ArrayList<>();

    protected Task() {}

    Task(Plan plan, String code, Instant now) {
        this.plan = plan;
        this.code = code;
        this.status = TaskStatus.NOT_STARTED;
        this.priority = Priority.NORMAL;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Overdue: past the deadline and not DONE or CANCELLED ({@link Deadlines#TASK_OVERDUE_JPQL}). */
    boolean isOverdue(LocalDate today) {
        return Deadlines.isOverdue(deadline, status, today);
    }

    /** Due soon: not completed and due from today to {@code dueSoonEnd} ({@link Deadlines#isDueSoon}). */
    boolean isDueSoon(LocalDate today, LocalDate dueSoonEnd) {
        return Deadlines.isDueSoon(deadline, status, today, dueSoonEnd);
    }

    /**
     * Re-derives the task's status and percent from its assignments: CANCELLED stays; otherwise the lead
     * assignment's status, but work started by any unit makes a not-started task in progress.
     */
    void rollUp(Instant now) {
        if (status == TaskStatus.CANCELLED) {
            return;
        }
        Assignment lead = lead();
        TaskStatus next = lead.getStatus();
        if (next == TaskStatus.NOT_STARTED
                && assignments.stream()
                        .anyMatch(a ->
                                a.getStatus() != TaskStatus.NOT_STARTED && a.getStatus() != TaskStatus.CANCELLED)) {
            next = TaskStatus.IN_PROGRESS;
        }
        status = next;
        progress = lead.getProgress();
        doneLate = lead.isDoneLate();
        updatedAt = now;
    }

    Assignment lead() {
        return assignments.stream()
                .filter(Assignment::isLead)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("task " + code + " has no lead unit"));
    }

    /** Sets the lead and coordinating units; keeps the assignments (and history) of units that stay. */
    void assign(Unit lead, List<Unit> coordinating, Instant now) {
        if (coordinating.stream().anyMatch(u -> u.getId().equals(lead.getId()))) {
            throw new BusinessException("task.error.leadAlsoCoordinating", lead.getCode());
        }
        List<Long> wanted = new ArrayList<>();
        wanted.add(lead.getId());
        coordinating.forEach(u -> wanted.add(u.getId()));
        for (Assignment a : List.copyOf(assignments)) {
            if (!wanted.contains(a.getUnit().getId())) {
                if (a.getStatus() == TaskStatus.CANCELLED) {
                    continue; // closed as taken over at a unit change: it stays, with its history
                }
                if (a.getUnit().getActiveTo() != null && a.getStatus().isOpen()) {
                    // a closed unit's open work (an abolition without successor) given to another unit by the
                    // committee: closed as taken over, its history kept
                    a.closeAsTakenOver(now);
                    continue;
                }
                if (a.getStatus() != TaskStatus.NOT_STARTED) {
                    throw new BusinessException(
                            "task.error.unassignStarted", a.getUnit().getCode());
                }
                assignments.remove(a);
            }
        }
        for (Unit u : concat(lead, coordinating)) {
            boolean isLead = u.getId().equals(lead.getId());
            Assignment existing = assignments.stream()
                    .filter(a -> a.getUnit().getId().equals(u.getId()))
                    .findFirst()
                    .orElse(null);
            if (existing == null) {
                assignments.add(new Assignment(this, u, isLead, now));
            } else if (existing.isLead() != isLead) {
                // Swapping the lead keeps the history: only untouched assignments change their role. (In place: a
                // removed and re-added row of the same unit broke the unique key, as the insert is flushed first.)
                if (existing.getStatus() != TaskStatus.NOT_STARTED) {
                    throw new BusinessException("task.error.unassignStarted", u.getCode());
                }
                existing.changeRole(isLead, now);
            }
        }
        this.leadUnit = lead;
    }

    /** A unit change moved the lead assignment to {@code successor} (see {@code UnitCarryOver}). */
    void leadTakenOverBy(Unit successor, Instant now) {
        this.leadUnit = successor;
        this.updatedAt = now;
    }

    private static List<Unit> concat(Unit lead, List<Unit> others) {
        List<Unit> all = new ArrayList<>();
        all.add(lead);
        all.addAll(others);
        return all;
    }

    void cancel(String reason, Instant now) {
        if (status == TaskStatus.DONE) {
            throw new BusinessException("task.error.cancelDone");
        }
        if (status == TaskStatus.CANCELLED) {
            throw new BusinessException("task.error.alreadyCancelled");
        }
        assignments.forEach(a -> a.cancel(now));
        status = TaskStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
    }

    void setDeadline(LocalDate deadline, Instant now) {
        this.deadline = deadline;
        assignments.forEach(a -> a.moveDeadline(deadline, now));
    }

    void setDetails(
            PlanField field,
            String title,
            String description,
            String expectedOutput,
            String evidenceRequired,
            LocalDate startDate,
            Priority priority,
            String indexCriterion,
            Instant now) {
        this.field = field;
        this.title = title;
        this.description = description;
        this.expectedOutput = expectedOutput;
        this.evidenceRequired = evidenceRequired;
        this.startDate = startDate;
        this.priority = priority;
        this.indexCriterion = indexCriterion;
        this.updatedAt = now;
    }

    Plan getPlan() {
        return plan;
    }

    PlanField getField() {
        return field;
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    String getExpectedOutput() {
        return expectedOutput;
    }

    String getEvidenceRequired() {
        return evidenceRequired;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    Priority getPriority() {
        return priority;
    }

    TaskStatus getStatus() {
        return status;
    }

    int getProgress() {
        return progress;
    }

    boolean isDoneLate() {
        return doneLate;
    }

    Unit getLeadUnit() {
        return leadUnit;
    }

    String getIndexCriterion() {
        return indexCriterion;
    }

    String getCancelReason() {
        return cancelReason;
    }

    List<Assignment> getAssignments() {
        return assignments;
    }
}
