package org.parsteering.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule found for one unit and subject (a task code, a quarter {@code 2024-Q2} or a month {@code
 * 2024-04}): the facts the reminder shows, kept current while it is open.
 */
record Condition(
        ReminderRule rule,
        long unitId,
        String subject,
        Severity severity,
        String title,
        LocalDate deadline,
        Long numerator,
        Long denominator,
        Long itemCount,
        List<String> codes) {

    String key() {
        return key(rule, unitId, subject);
    }

    /** The open key of the reminder of a rule, unit and subject: at most one unresolved reminder has it. */
    static String key(ReminderRule rule, long unitId, String subject) {
        return rule.name() + "|" + unitId + "|" + subject;
    }

    String codesText() {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }
}
