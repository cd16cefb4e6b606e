package org.parsteering.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The task board's filters (all optional): PAR field, unit (lead or coordinating), year of deadline,
 * statuses, overdue only, and free text on code and title.
 */
public record BoardFilter(
        String fieldCode, String unitCode, Integer year, Set<TaskStatus> statuses, boolean overdueOnly, String text) {

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, EnumSet.allOf(TaskStatus.class), false, "");
    }

    public BoardFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(TaskStatus.class) : EnumSet.copyOf(statuses);
        text = text == null ? "" : text;
    }
}
