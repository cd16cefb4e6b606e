package org.parsteering.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parsteering.base.BusinessException;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.ReminderState;
import org.parsteering.reminder.ReminderTexts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reminders[?state=OPEN|ACKNOWLEDGED|ESCALATED|RESOLVED]} (SPEC 5a): the reminders the caller
 * may see — a unit head their unit's, the other roles all — escalated first. Without {@code state}: the
 * active ones (open, acknowledged, escalated).
 */
@RestController
@RequestMapping("/api")
class RemindersApiController {

    static final int MAX = 10_000;

    private final ReminderService reminders;

    RemindersApiController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/reminders")
    Map<String, Object> reminders(@RequestParam(required = false) String state) {
        Set<ReminderState> states = Set.of();
        if (state != null && !state.isBlank()) {
            try {
                states = Set.of(ReminderState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("api.error.state", state);
            }
        }
        List<Reminder> list = reminders.inbox(new ReminderFilter(states, null, null), 0, MAX);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reminders", list.stream().map(RemindersApiController::json).toList());
        return body;
    }

    private static Map<String, Object> json(Reminder r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("rule", r.rule().name());
        m.put("unitCode", r.unitCode());
        m.put("subject", r.subject());
        m.put("severity", r.severity().name());
        m.put("state", r.state().name());
        m.put("text", ReminderTexts.describe(r, Locale.ROOT));
        m.put("title", r.title());
        m.put("deadline", r.deadline() == null ? null : r.deadline().toString());
        m.put("numerator", r.numerator());
        m.put("denominator", r.denominator());
        m.put("count", r.itemCount());
        m.put("codes", r.codes());
        m.put("raisedAt", r.raisedAt().toString());
        m.put(
                "acknowledgedAt",
                r.acknowledgedAt() == null ? null : r.acknowledgedAt().toString());
        m.put("acknowledgedBy", r.acknowledgedBy());
        m.put("escalatedAt", r.escalatedAt() == null ? null : r.escalatedAt().toString());
        m.put("resolvedAt", r.resolvedAt() == null ? null : r.resolvedAt().toString());
        m.put("resolvedBy", r.resolvedBy());
        return m;
    }
}
