package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parsteering.base.AbstractEntity;
import org.parsteering.base.BusinessException;
import org.parsteering.unit.Unit;

/** A task × unit: the unit's own status, percent and history. The lead unit's assignment decides completion. */
@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "is_lead", nullable = false)
    private boolean lead;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private TaskStatus status;

    @Column(name = "progress", nullable = false)
    private int progress;

    /** A copy of the task's deadline, so board filters and overdue checks need no join. */
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    /** Permanent: accepted after the deadline. Reports keep counting it. */
    @Column(name = "done_late", nullable = false)
    private boolean doneLate;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Assignment() {}

    Assignment(Task task, Unit unit, boolean lead, Instant now) {
        this.task = task;
        this.unit = unit;
        this.lead = lead;
        this.status = TaskStatus.NOT_STARTED;
        this.deadline = task.getDeadline();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Overdue: past the deadline and not DONE or CANCELLED (SPEC 2; {@link Deadlines#OVERDUE_SQL}). */
    boolean isOverdue(LocalDate today) {
        return Deadlines.isOverdue(deadline, status, today);
    }

    /** Due soon: not completed and due from today to {@code dueSoonEnd} ({@link Deadlines#DUE_SOON_SQL}). */
    boolean isDueSoon(LocalDate today, LocalDate dueSoonEnd) {
        return Deadlines.isDueSoon(deadline, status, today, dueSoonEnd);
    }

    private void move(TaskStatus next) {
        if (!status.canMoveTo(next)) {
            throw new BusinessException("task.error.transition", status.name(), next.name());
        }
        status = next;
    }

    /** A progress report: percent 0–100; the first one starts the work. */
    void reportProgress(int percent, Instant now) {
        if (percent < 0 || percent > 100) {
            throw new BusinessException("task.error.percent");
        }
        if (status == TaskStatus.COMPLETED) {
            throw new BusinessException("task.error.awaitingReview");
        }
        move(TaskStatus.IN_PROGRESS);
        progress = percent;
        lastReportAt = now;
        updatedAt = now;
    }

    /** The unit reports the work complete (100 %); only the lead unit does, and a reviewer decides. */
    void reportComplete(Instant now, LocalDate today) {
        if (!lead) {
            throw new BusinessException("task.error.onlyLeadCompletes");
        }
        move(TaskStatus.COMPLETED);
        progress = 100;
        lastReportAt = now;
        reportedOn = today;
        returnReason = null;
        updatedAt = now;
    }

    /** The committee accepts the completion report; after the deadline the mark "done late" stays forever. */
    void accept(LocalDate today, Instant now) {
        if (status != TaskStatus.COMPLETED) {
            throw new BusinessException("task.error.transition", status.name(), TaskStatus.DONE.name());
        }
        move(TaskStatus.DONE);
        doneOn = today;
        doneLate = today.isAfter(deadline);
        updatedAt = now;
    }

    /** The committee returns the completion report with a reason; the unit works on. */
    void returnReport(String reason, Instant now) {
        if (status != TaskStatus.COMPLETED) {
            throw new BusinessException("task.error.transition", status.name(), TaskStatus.IN_PROGRESS.name());
        }
        move(TaskStatus.IN_PROGRESS);
        returnReason = reason;
        updatedAt = now;
    }

    /**
     * When the lead unit's completion is accepted the task is done, and so is every coordinating unit's
     * part of it: an open coordinating assignment is closed as DONE on the same day (done late after its
     * deadline), so it never shows as overdue on a finished task.
     */
    void closeWithTask(LocalDate today, Instant now) {
        if (lead || !status.isOpen()) {
            return;
        }
        status = TaskStatus.DONE;
        progress = 100;
        doneOn = today;
        doneLate = today.isAfter(deadline);
        updatedAt = now;
    }

    void cancel(Instant now) {
        if (status == TaskStatus.DONE || status == TaskStatus.CANCELLED) {
            return;
        }
        move(TaskStatus.CANCELLED);
        updatedAt = now;
    }

    /**
     * A unit change (SPEC 2a) closed this assignment's unit: its open work is carried on by the successor's
     * assignment, and this one is closed as taken over — CANCELLED, no longer the lead — so that it keeps its
     * own history (reports, audit) under the unit that did the work, and counts nowhere twice.
     */
    void closeAsTakenOver(Instant now) {
        status = TaskStatus.CANCELLED;
        lead = false;
        updatedAt = now;
    }

    /**
     * The successor's assignment on a task that a predecessor's open assignment {@code from} also had (two merged
     * units both coordinated it): one assignment remains, the lead if either led, at the further of the two
     * statuses and the higher percent, with the latest report date. A successor's assignment that is already DONE
     * keeps its status (its part is done) and only takes the lead.
     */
    void absorb(Assignment from, Instant now) {
        lead = lead || from.lead;
        if (status.isOpen() && rank(from.status) > rank(status)) {
            status = from.status;
            reportedOn = from.reportedOn;
            returnReason = from.returnReason;
        }
        if (status.isOpen()) {
            progress = Math.max(progress, from.progress);
        }
        if (from.lastReportAt != null && (lastReportAt == null || from.lastReportAt.isAfter(lastReportAt))) {
            lastReportAt = from.lastReportAt;
        }
        updatedAt = now;
    }

    /** The order of the open statuses: how far the work has come. */
    private static int rank(TaskStatus s) {
        return switch (s) {
            case NOT_STARTED -> 0;
            case IN_PROGRESS -> 1;
            case COMPLETED -> 2;
            case DONE, CANCELLED -> -1;
        };
    }

    /** A new assignment of the successor that carries on {@code from}'s open work as it stands. */
    static Assignment takingOver(Assignment from, Unit successor, Instant now) {
        Assignment a = new Assignment(from.task, successor, from.lead, now);
        a.status = from.status;
        a.progress = from.progress;
        a.deadline = from.deadline;
        a.lastReportAt = from.lastReportAt;
        a.reportedOn = from.reportedOn;
        a.returnReason = from.returnReason;
        return a;
    }

    /** Lead or coordinating, for an assignment nobody has worked on yet (see {@code Task.assign}). */
    void changeRole(boolean lead, Instant now) {
        this.lead = lead;
        this.updatedAt = now;
    }

    void moveDeadline(LocalDate newDeadline, Instant now) {
        this.deadline = newDeadline;
        this.updatedAt = now;
    }

    Task getTask() {
        return task;
    }

    Unit getUnit() {
        return unit;
    }

    boolean isLead() {
        return lead;
    }

    TaskStatus getStatus() {
        return status;
    }

    int getProgress() {
        return progress;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    Instant getLastReportAt() {
        return lastReportAt;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    boolean isDoneLate() {
        return doneLate;
    }

    String getReturnReason() {
        return returnReason;
    }

    /** Test and demo-data hook: back-date the history of a seeded assignment. */
    void seedHistory(TaskStatus status, int progress, Instant lastReportAt, LocalDate doneOn) {
        this.status = status;
        this.progress = progress;
        this.lastReportAt = lastReportAt;
        this.doneOn = doneOn;
        this.doneLate = doneOn != null && doneOn.isAfter(deadline);
        this.reportedOn = doneOn;
    }
}
