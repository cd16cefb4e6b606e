package org.parsteering.reminder;

/**
 * SPEC 4: a reminder is OPEN when raised; the unit head ACKNOWLEDGES it; left OPEN past the escalation period
 * (or escalated by hand) it is ESCALATED to the committee; it is RESOLVED when its condition clears or the
 * committee closes it.
 */
public enum ReminderState {
    OPEN,
    ACKNOWLEDGED,
    ESCALATED,
    RESOLVED;

    public boolean isActive() {
        return this != RESOLVED;
    }

    public String messageKey() {
        return "reminder.state." + name();
    }
}
