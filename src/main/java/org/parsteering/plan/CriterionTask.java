package org.parsteering.plan;

import java.time.LocalDate;

/** A task tied to an index criterion, as the results show it beside the points lost: code, title, deadline, status. */
public record CriterionTask(long itemId, String code, String title, LocalDate deadline, TaskStatus status) {}
