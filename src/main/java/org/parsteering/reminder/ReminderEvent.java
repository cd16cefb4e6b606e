package org.parsteering.reminder;

import java.time.Instant;

/** One line of a reminder's history. */
public record ReminderEvent(Instant at, String actor, String action, String note) {}
