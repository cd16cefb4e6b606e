package org.parsteering.plan;

import java.time.LocalDate;

/**
 * The one home of "overdue" and "due soon" (SPEC 2, 4): each rule once as a SQL fragment, for the aggregates
 * and the reminder rules, and once as a Java method, for the entities and the badges; {@code DeadlinesTest}
 * runs both over the same edge cases and fails when they disagree.
 *
 * <p>The SQL fragments read an assignment aliased {@code a} and take named parameters: {@code :today} and,
 * for due soon, {@code :dueSoonEnd} (see {@link #dueSoonEnd}). {@link #TASK_OVERDUE_JPQL} is the same rule over
 * a task aliased {@code t} in JPQL, for the board's filter.
 */
public final class Deadlines {

    private Deadlines() {}

    /** Work still open: not DONE and not CANCELLED ({@link TaskStatus#OPEN}). */
    public static final String OPEN_SQL = "a.status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')";

    /** Overdue: today is past the deadline and the work is not DONE or CANCELLED. Parameter {@code :today}. */
    public static final String OVERDUE_SQL = "(a.deadline < :today and " + OPEN_SQL + ")";

    /**
     * Due soon: not completed (not started or in progress) and the deadline from today up to the end of the
     * due-soon window, both days included. Parameters {@code :today} and {@code :dueSoonEnd}.
     */
    public static final String DUE_SOON_SQL =
            "(a.deadline between :today and :dueSoonEnd and a.status in ('NOT_STARTED', 'IN_PROGRESS'))";

    /**
     * The assignment {@code a} belongs to a plan that is not closed: a closed plan's work is history, no one can
     * act on it any more, so nothing of it is chased (reminders) or listed as due.
     */
    public static final String IN_OPEN_PLAN_SQL = "not exists (select 1 from task op_t join plan op_p"
            + " on op_p.id = op_t.plan_id where op_t.id = a.task_id and op_p.closed_at is not null)";

    /** {@link #OVERDUE_SQL} over a task {@code t} of a JPQL query. Parameter {@code :today}. */
    static final String TASK_OVERDUE_JPQL = "(t.deadline < :today and t.status in"
            + " (org.parsteering.plan.TaskStatus.NOT_STARTED, org.parsteering.plan.TaskStatus.IN_PROGRESS,"
            + " org.parsteering.plan.TaskStatus.COMPLETED))";

    /** The Java side of {@link #OVERDUE_SQL}. */
    public static boolean isOverdue(LocalDate deadline, TaskStatus status, LocalDate today) {
        return deadline.isBefore(today) && status.isOpen();
    }

    /** The Java side of {@link #DUE_SOON_SQL}. */
    public static boolean isDueSoon(LocalDate deadline, TaskStatus status, LocalDate today, LocalDate dueSoonEnd) {
        return (status == TaskStatus.NOT_STARTED || status == TaskStatus.IN_PROGRESS)
                && !deadline.isBefore(today)
                && !deadline.isAfter(dueSoonEnd);
    }

    /** The last day of the due-soon window: {@code dueSoonDays} days after today. */
    public static LocalDate dueSoonEnd(LocalDate today, int dueSoonDays) {
        return today.plusDays(dueSoonDays);
    }
}
