package org.parsteering.plan;

import java.time.LocalDate;

/** A task whose lead unit has not finished it by its deadline: the list a steering meeting goes through first. */
public record OverdueTask(
        String taskCode,
        String title,
        String unitCode,
        String unitName,
        LocalDate deadline,
        TaskStatus status,
        int progress,
        long daysOverdue) {}
