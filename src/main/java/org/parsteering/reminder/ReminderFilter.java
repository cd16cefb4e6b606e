package org.parsteering.reminder;

import java.util.Set;

/** Inbox filter: states (empty = active ones: open, acknowledged, escalated), rule and unit (null = any). */
public record ReminderFilter(Set<ReminderState> states, ReminderRule rule, String unitCode) {

    public static final ReminderFilter ACTIVE = new ReminderFilter(Set.of(), null, null);
}
