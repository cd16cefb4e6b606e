package org.parsteering.plan;

import java.time.LocalDate;

/** An open assignment due soon, for the dashboards. */
public record DueTask(
        String taskCode, String title, String unitCode, String unitName, LocalDate deadline, TaskStatus status) {}
