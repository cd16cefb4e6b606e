package org.parsteering.plan;

import java.util.Set;

/**
 * SPEC 2 "Task status": NOT_STARTED → IN_PROGRESS → COMPLETED (reported by the unit) → DONE (accepted);
 * CANCELLED by the committee at any time before DONE. A returned report goes back to IN_PROGRESS.
 */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DONE,
    CANCELLED;

    /** Statuses in which the work is still open (counts as overdue after the deadline). */
    public static final Set<TaskStatus> OPEN = Set.of(NOT_STARTED, IN_PROGRESS, COMPLETED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean canMoveTo(TaskStatus next) {
        return switch (this) {
            case NOT_STARTED -> next == IN_PROGRESS || next == COMPLETED || next == CANCELLED;
            case IN_PROGRESS -> next == IN_PROGRESS || next == COMPLETED || next == CANCELLED;
            case COMPLETED -> next == DONE || next == IN_PROGRESS || next == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }

    public String messageKey() {
        return "task.status." + name();
    }
}
