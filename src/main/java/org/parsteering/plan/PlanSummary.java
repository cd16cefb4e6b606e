package org.parsteering.plan;

/** A plan as the screens see it. */
public record PlanSummary(long id, String code, String name, int startYear, int endYear, boolean current) {}
