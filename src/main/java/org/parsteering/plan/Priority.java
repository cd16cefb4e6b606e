package org.parsteering.plan;

public enum Priority {
    HIGH,
    NORMAL,
    LOW;

    public String messageKey() {
        return "task.priority." + name();
    }
}
