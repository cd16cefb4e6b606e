package org.parsteering.plan;

/**
 * Published (synchronously, inside the report's transaction) when a unit reports progress or completion on
 * an assignment: features that chase reports, such as the stale-progress reminder, react at once without plan
 * knowing them.
 */
public record ProgressReported(long unitId, String taskCode, String reportedBy) {}
