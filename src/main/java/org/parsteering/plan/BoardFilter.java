package org.parsteering.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The task board's filters (all optional): the plan (null: the current one), PAR field, unit (lead or
 * coordinating), year of deadline, statuses, overdue only, free text on code and title, and the index criterion
 * the tasks are tied to.
 */
public record BoardFilter(
        String fieldCode,
        String unitCode,
        Integer year,
        Set<TaskStatus> statuses,
        boolean overdueOnly,
        String text,
        String planCode,
        Long criterionId) {

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, EnumSet.allOf(TaskStatus.class), false, "", null, null);
    }

    public BoardFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(TaskStatus.class) : EnumSet.copyOf(statuses);
        text = text == null ? "" : text;
    }

    /** The filters on a plan, any criterion. */
    public BoardFilter(
            String fieldCode,
            String unitCode,
            Integer year,
            Set<TaskStatus> statuses,
            boolean overdueOnly,
            String text,
            String planCode) {
        this(fieldCode, unitCode, year, statuses, overdueOnly, text, planCode, null);
    }

    /** The filters on the current plan. */
    public BoardFilter(
            String fieldCode,
            String unitCode,
            Integer year,
            Set<TaskStatus> statuses,
            boolean overdueOnly,
            String text) {
        this(fieldCode, unitCode, year, statuses, overdueOnly, text, null, null);
    }

    /** The same filters on another plan (null: the current one). */
    public BoardFilter inPlan(String plan) {
        return new BoardFilter(fieldCode, unitCode, year, statuses, overdueOnly, text, plan, criterionId);
    }

    /** The same filters, only the tasks tied to an index criterion (null: any). */
    public BoardFilter withCriterion(Long criterion) {
        return new BoardFilter(fieldCode, unitCode, year, statuses, overdueOnly, text, planCode, criterion);
    }
}
