package org.parsteering.plan;

import java.time.Instant;

/** A plan as the screens see it; {@code closedAt} null while the plan is open. */
public record PlanSummary(
        long id,
        long version,
        String code,
        String name,
        int startYear,
        int endYear,
        boolean current,
        Instant closedAt,
        String closedBy) {

    /** A closed plan is read-only (SPEC 2): readable and reported, never changed. */
    public boolean closed() {
        return closedAt != null;
    }
}
