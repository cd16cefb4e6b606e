package org.parsteering.base;

/**
 * A feature's part of the demonstration data (SPEC 8). Each part is loaded once, in {@link #order()},
 * by {@link DemoDataRunner} when {@code par.demo-data.enabled=true} (the {@code demo} profile); what
 * users change afterwards is never overwritten by a restart.
 */
public abstract class DemoData {

    private final String name;
    private final int order;

    /**
     * @param name a stable name, recorded once the part is loaded
     * @param order lower runs first (units before the accounts that belong to them)
     */
    protected DemoData(String name, int order) {
        this.name = name;
        this.order = order;
    }

    /** The stable name, recorded once the part is loaded. */
    public String name() {
        return name;
    }

    /** Lower runs first. */
    public int order() {
        return order;
    }

    /** Loads the part; runs as {@code system} inside one transaction with its marker. */
    public abstract void load();
}
