package org.parsteering.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.CsvFile;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Roles;
import org.parsteering.base.tabular.ImportColumn;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.base.tabular.RowParser;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.base.tabular.TabularRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports the calendar's days (key: the date): {@code date, kind, name, name_en}; the secretary's. All or
 * nothing with every bad row; re-importing the same file changes nothing; the export imports back unchanged.
 */
@Service
@Transactional
public class CalendarImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "calendar",
            ImportColumn.required("date", "import.rule.calendar.date", "2026-02-16", "2026-01-10"),
            ImportColumn.required("kind", "import.rule.calendar.kind", "HOLIDAY", "WORKING_WEEKEND")
                    .allowing(DayKind.class, DayKind::messageKey),
            ImportColumn.required("name", "import.rule.calendar.name", "Tết Nguyên đán", "Làm bù cho thứ Sáu 2/1"),
            ImportColumn.optional("name_en", "import.rule.calendar.name_en", "Lunar New Year", "Worked for 2 January"));

    private final CalendarService calendar;

    CalendarImportService(CalendarService calendar) {
        this.calendar = calendar;
    }

    @PreAuthorize(Roles.IS_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importDays(TabularReader.read(content, fileName, FORMAT));
    }

    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importDays(TabularFile file) {
        List<RowError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<Map.Entry<Integer, CalendarDay>> days = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            RowParser p = new RowParser(row, errors);
            LocalDate date = p.date("date", true);
            DayKind kind = p.enumValue("kind", DayKind.class, true);
            String name = p.text("name", true, CalendarService.NAME_LENGTH);
            String nameEn = p.text("name_en", false, CalendarService.NAME_LENGTH);
            if (errors.size() > before) {
                continue;
            }
            Integer first = seen.putIfAbsent(date, row.line());
            if (first != null) {
                p.error("date", "calendar.error.duplicate", date, first);
                continue;
            }
            CalendarDay day = new CalendarDay(date, kind, name, nameEn);
            try {
                CalendarService.check(day);
            } catch (BusinessException e) {
                p.error("kind", e.getMessageKey(), e.getArgs());
                continue;
            }
            days.add(Map.entry(row.line(), day));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var e : days) {
            boolean existed = calendar.day(e.getValue().day()).isPresent();
            if (calendar.save(e.getValue())) {
                if (existed) {
                    updated++;
                } else {
                    created++;
                }
            } else {
                unchanged++;
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    /** A year's days as a CSV in the import's columns. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public byte[] export(int year) {
        List<List<?>> rows = new ArrayList<>();
        for (CalendarDay d : calendar.days(year)) {
            rows.add(java.util.Arrays.asList(d.day().toString(), d.kind().name(), d.nameVi(), d.nameEn()));
        }
        return CsvFile.write(FORMAT.columns().stream().map(ImportColumn::name).toList(), rows);
    }
}
