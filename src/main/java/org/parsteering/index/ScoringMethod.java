package org.parsteering.index;

/**
 * How an item of an index set is scored (SPEC 3a). Only {@link #MANUAL} items are scored by people; the others
 * are computed, imported, or shown as not measured — never silently scored 0 or full.
 */
public enum ScoringMethod {
    /** Self-assessed by the unit with evidence, appraised by the committee. */
    MANUAL,
    /** From the figures of SPEC 3 with a conversion ({@link IndexRule}). */
    FORMULA,
    /** From the completion of the plan's tasks tied to the criterion, with a conversion. */
    TASKS,
    /** Points published elsewhere (a survey, the national portal), imported per unit. */
    IMPORTED,
    /** Part of the set but not measurable by the portal: shown as such, never scored. */
    NOT_MEASURED;

    /** Whether the points come from a rule the portal computes. */
    public boolean computed() {
        return this == FORMULA || this == TASKS;
    }

    public String messageKey() {
        return "index.method." + name();
    }
}
