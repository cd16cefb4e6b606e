package org.parsteering.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reminder as the inbox and the API show it. */
public record Reminder(
        long id,
        long version,
        ReminderRule rule,
        String unitCode,
        String unitName,
        String subject,
        Severity severity,
        ReminderState state,
        String title,
        LocalDate deadline,
        Long numerator,
        Long denominator,
        Long itemCount,
        List<String> codes,
        Instant raisedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant escalatedAt,
        Instant resolvedAt,
        String resolvedBy) {}
