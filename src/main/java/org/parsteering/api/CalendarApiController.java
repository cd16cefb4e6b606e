package org.parsteering.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.calendar.CalendarDay;
import org.parsteering.calendar.CalendarService;
import org.parsteering.calendar.DayKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar?year=yyyy} (SPEC 5a): the year's holidays ({@code daysOff}, the weekdays off) and swapped
 * working weekend days ({@code workingWeekends}); every other Saturday and Sunday is off, every other weekday worked.
 */
@RestController
@RequestMapping("/api")
class CalendarApiController {

    private final CalendarService calendar;

    CalendarApiController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar")
    Map<String, Object> calendar(@RequestParam(required = false) String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            throw new BusinessException("api.error.year", year == null ? "" : year);
        }
        List<CalendarDay> days = calendar.days(Integer.parseInt(year.strip()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", Integer.parseInt(year.strip()));
        body.put("daysOff", dates(days, DayKind.HOLIDAY));
        body.put("workingWeekends", dates(days, DayKind.WORKING_WEEKEND));
        return body;
    }

    private static List<String> dates(List<CalendarDay> days, DayKind kind) {
        return days.stream()
                .filter(d -> d.kind() == kind)
                .map(d -> d.day().toString())
                .toList();
    }
}
