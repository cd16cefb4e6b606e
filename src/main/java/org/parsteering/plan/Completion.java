package org.parsteering.plan;

/**
 * Task completion (SPEC 3) of a set of assignments whose deadline falls in a period, cancelled ones left out:
 * done (on time + late), and of the open ones, overdue (deadline passed) or in progress (still in time).
 */
public record Completion(
        String key, String label, long total, long doneOnTime, long doneLate, long overdue, long open) {

    public long done() {
        return doneOnTime + doneLate;
    }

    /** DONE / total in percent, NaN when there is nothing due. */
    public double percent() {
        return total == 0 ? Double.NaN : 100.0 * done() / total;
    }
}
