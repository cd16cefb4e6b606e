package org.parsteering.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.base.Period;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.support.AccessMatrixTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Every public method of the calendar's services × every role: everyone reads; the secretary changes and imports. */
@Transactional
class CalendarAccessMatrixTest extends AccessMatrixTest<CalendarAccessMatrixTest> {

    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.baison");
    static final Set<String> SECRETARY_ONLY = Set.of(SECRETARY);

    @Autowired
    CalendarService days;

    @Autowired
    CalendarImportService importer;

    @Autowired
    PeriodLockService locks;

    static final class Cell extends AccessMatrixTest.Cell<CalendarAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, Call<CalendarAccessMatrixTest> call) {
            super(method, allowedRoles, false, call);
        }
    }

    static final List<Cell> CELLS = List.of(
            new Cell("CalendarService.days", ALL, (t, s) -> t.days.days(2026)),
            new Cell("CalendarService.day", ALL, (t, s) -> t.days.day(LocalDate.of(2026, 1, 1))),
            new Cell(
                    "CalendarService.save",
                    SECRETARY_ONLY,
                    (t, s) -> t.days.save(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "Tết", null))),
            new Cell("CalendarService.remove", SECRETARY_ONLY, (t, s) -> t.days.remove(LocalDate.of(2026, 1, 1))),
            new Cell("CalendarImportService.checkMayImport", SECRETARY_ONLY, (t, s) -> t.importer.checkMayImport()),
            new Cell(
                    "CalendarImportService.importFile",
                    SECRETARY_ONLY,
                    (t, s) -> t.importer.importFile("date,kind,name\n".getBytes(StandardCharsets.UTF_8), "c.csv")),
            new Cell(
                    "CalendarImportService.importDays",
                    SECRETARY_ONLY,
                    (t, s) ->
                            t.importer.importDays(new TabularFile(CalendarImportService.FORMAT.required(), List.of()))),
            new Cell("CalendarImportService.export", ALL, (t, s) -> t.importer.export(2026)),
            new Cell("PeriodLockService.locks", ALL, (t, s) -> t.locks.locks()),
            new Cell("PeriodLockService.lockOf", ALL, (t, s) -> t.locks.lockOf(Period.quarter(2024, 1))),
            new Cell(
                    "PeriodLockService.lock",
                    SECRETARY_ONLY,
                    (t, s) -> t.locks.lock(Period.month(YearMonth.of(2024, 1)))),
            new Cell("PeriodLockService.unlock", SECRETARY_ONLY, (t, s) -> t.locks.unlock(-1, "test")));

    CalendarAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(CalendarService.class, CalendarImportService.class, PeriodLockService.class);
    }
}
