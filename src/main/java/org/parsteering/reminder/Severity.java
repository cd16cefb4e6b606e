package org.parsteering.reminder;

/** How urgent a reminder is: due soon is information, a low rate a warning, an overdue task critical. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public String messageKey() {
        return "reminder.severity." + name();
    }
}
