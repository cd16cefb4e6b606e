package org.parsteering.base.tabular;

/** What an accepted import did: rows created, updated with changed values, and left as they were. */
public record ImportResult(int created, int updated, int unchanged) {

    public int total() {
        return created + updated + unchanged;
    }
}
