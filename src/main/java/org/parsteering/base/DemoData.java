package org.parsteering.base;

/**
 * A feature's part of the demonstration data (SPEC 8). Each part is loaded once, in {@link #order()},
 * by {@link DemoDataRunner} when {@code par.demo-data.enabled=true} (the {@code demo} profile); what
 * users change afterwards is never overwritten by a restart.
 */
public interface DemoData {

    /** A stable name, recorded once the part is loaded. */
    String name();

    /** Lower runs first (units before the accounts that belong to them). */
    int order();

    /** Loads the part; runs as {@code system} inside one transaction with its marker. */
    void load();
}
