package org.parsteering.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One unit's assignment as the screens see it. */
public record AssignmentView(
        long id,
        long version,
        String taskCode,
        String taskTitle,
        String unitCode,
        String unitName,
        boolean lead,
        TaskStatus status,
        int progress,
        LocalDate deadline,
        Instant lastReportAt,
        LocalDate doneOn,
        boolean overdue,
        boolean dueSoon,
        boolean doneLate,
        String returnReason) {}
