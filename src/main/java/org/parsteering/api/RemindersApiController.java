package org.parsteering.api;

import java.util.HashMap;
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
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reminders[?state=OPEN|ACKNOWLEDGED|ESCALATED|RESOLVED][&structure=current|historical]} (SPEC
 * 5a): the reminders the caller may see — a unit head their unit's, the other roles all — escalated first.
 * Without {@code state}: the active ones (open, acknowledged, escalated). {@code unitCode} is always the unit the
 * reminder was raised against; in the {@code current} structure (the default, SPEC 2a) each reminder also
 * names the unit that carries that unit on today ({@code currentUnitCode}: the successor of a merged or
 * abolished unit, transitively, or the unit itself), so a client groups by today's units.
 */
@RestController
@RequestMapping("/api")
class RemindersApiController {

    static final int MAX = 10_000;

    private final ReminderService reminders;
    private final UnitChangeService unitChanges;

    RemindersApiController(ReminderService reminders, UnitChangeService unitChanges) {
        this.reminders = reminders;
        this.unitChanges = unitChanges;
    }

    @GetMapping("/reminders")
    Map<String, Object> reminders(
            @RequestParam(required = false) String state, @RequestParam(required = false) String structure) {
        Structure st = Structure.parse(structure);
        Set<ReminderState> states = Set.of();
        if (state != null && !state.isBlank()) {
            try {
                states = Set.of(ReminderState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("api.error.state", state);
            }
        }
        List<Reminder> list = reminders.inbox(new ReminderFilter(states, null, null), 0, MAX);
        // closed unit -> the unit that carries it on today; empty in the historical structure
        Map<String, String> current = new HashMap<>();
        if (st == Structure.CURRENT) {
            unitChanges
                    .predecessorCodes()
                    .forEach((successor, closed) -> closed.forEach(c -> current.put(c, successor)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "reminders",
                list.stream()
                        .map(r -> json(
                                r, st == Structure.CURRENT ? current.getOrDefault(r.unitCode(), r.unitCode()) : null))
                        .toList());
        body.put("structure", st.param());
        return body;
    }

    private static Map<String, Object> json(Reminder r, String currentUnitCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("rule", r.rule().name());
        m.put("unitCode", r.unitCode());
        if (currentUnitCode != null) {
            m.put("currentUnitCode", currentUnitCode);
        }
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
