package org.parsteering.calendar;

import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The holidays and swapped working days of 2024–2026 (REFERENCE section 4; {@code demo/calendar.csv}), loaded as the
 * secretary would, through the calendar import. 2027 is left empty: it has not been announced. Order 5: before any
 * deadline of the demo is counted.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoWorkingCalendar extends DemoData {

    private final CalendarImportService importer;

    DemoWorkingCalendar(CalendarImportService importer) {
        super("working-calendar", 5);
        this.importer = importer;
    }

    @Override
    public void load() {
        importer.importFile(DemoFile.bytes("calendar.csv"), "calendar.csv");
    }
}
