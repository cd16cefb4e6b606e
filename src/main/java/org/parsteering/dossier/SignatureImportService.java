package org.parsteering.dossier;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parsteering.base.Period;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Role;
import org.parsteering.base.tabular.FirstLines;
import org.parsteering.base.tabular.ImportColumn;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.base.tabular.RowParser;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.base.tabular.TabularRow;
import org.parsteering.calendar.LockedPeriods;
import org.parsteering.calendar.LockedRows;
import org.parsteering.calendar.PeriodLocks;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports leaders' monthly digital-signature figures (SPEC 5 "Signature reports", key unit × month). The
 * committee imports every unit's; a unit head only their own unit's rows (another unit's row is refused).
 */
@Service
@Transactional
public class SignatureImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "signatures",
            ImportColumn.required("unit_code", "import.rule.signatures.unit_code", "XA-BAISON", "XA-BAISON"),
            ImportColumn.required("month", "import.rule.signatures.month", "2024-03", "2024-04"),
            ImportColumn.required("documents_issued", "import.rule.signatures.documents_issued", "120", "98"),
            ImportColumn.required("documents_signed", "import.rule.signatures.documents_signed", "117", "98"));

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.parsteering.base.DataVersion dataVersion;
    private final PeriodLocks periodLocks;

    SignatureImportService(
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            Clock clock,
            org.parsteering.base.DataVersion dataVersion,
            PeriodLocks periodLocks) {
        this.dataVersion = dataVersion;
        this.periodLocks = periodLocks;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private record Key(long unitId, YearMonth month) {}

    /**
     * Refuses ({@code AccessDeniedException}) a caller who may not run this import, so that a file is
     * refused before it is received: its rule is the one of {@link #importFile(byte[], String)}.
     */
    @PreAuthorize("hasAnyRole('SECRETARY','COMMITTEE','UNIT_HEAD')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    @PreAuthorize("hasAnyRole('SECRETARY','COMMITTEE','UNIT_HEAD')")
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importSignatures(TabularReader.read(content, fileName, FORMAT));
    }

    @PreAuthorize("hasAnyRole('SECRETARY','COMMITTEE','UNIT_HEAD')")
    @RetryOnConflict
    public ImportResult importSignatures(TabularFile file) {
        // Method security already checked the role; a unit head is further limited to their own unit.
        // (Start-up and scheduled work runs as "system" with the secretary's role and no ParUser.)
        Long ownUnit = currentUser
                .get()
                .filter(u -> u.role() == Role.UNIT_HEAD)
                .map(ParUser::unitId)
                .orElse(null);
        boolean unitHead =
                currentUser.get().map(u -> u.role() == Role.UNIT_HEAD).orElse(false);
        if (unitHead) {
            currentUser.requireOwnUnitOpen(); // a closed unit's head can no longer act for it
        }
        Map<String, Long> units = new HashMap<>();
        Map<String, LocalDate> closedUnits = new HashMap<>(); // code -> last day, for units that have one
        jdbc.query("select code, id, active_to from unit", rs -> {
            units.put(rs.getString(1), rs.getLong(2));
            if (rs.getDate(3) != null) {
                closedUnits.put(rs.getString(1), rs.getDate(3).toLocalDate());
            }
        });
        List<RowError> errors = new ArrayList<>();
        Map<Key, int[]> rows = new LinkedHashMap<>();
        Map<Key, Integer> lines = new HashMap<>();
        FirstLines<Key> firstLines = new FirstLines<>();
        for (TabularRow row : file.rows()) {
            RowParser p = new RowParser(row, errors);
            String unitCode = p.code("unit_code", true, 40, CODE);
            YearMonth month = p.month("month", true);
            Integer issued = p.integer("documents_issued", true, 0);
            Integer signed = p.integer("documents_signed", true, 0);
            Long unitId = unitCode == null ? null : units.get(unitCode);
            if (unitCode != null && unitId == null) {
                p.error("unit_code", "import.error.unknownUnit", unitCode);
            } else if (unitId != null && unitHead && !unitId.equals(ownUnit)) {
                p.error("unit_code", "import.error.notYourUnit", unitCode);
                continue;
            }
            // After a change (SPEC 2a) a closed unit is read-only: no month after the month of its last day.
            LocalDate lastDay = unitId == null ? null : closedUnits.get(unitCode);
            if (month != null && lastDay != null && month.isAfter(YearMonth.from(lastDay))) {
                p.error("month", "import.error.unitClosed", unitCode, lastDay);
            }
            if (issued != null && signed != null && signed > issued) {
                p.error("documents_signed", "import.error.signedOverIssued", signed, issued);
            }
            if (unitId == null || month == null) {
                continue;
            }
            Key key = new Key(unitId, month);
            if (!firstLines.first(key, p, "month", unitCode + " " + month)) {
                continue;
            }
            if (issued != null && signed != null) {
                rows.put(key, new int[] {issued, signed});
                lines.put(key, row.line());
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }
        Map<Key, int[]> existing = new HashMap<>();
        if (!rows.isEmpty()) {
            // Only the rows the file can touch: its units, within its months.
            List<Long> unitIds =
                    rows.keySet().stream().map(Key::unitId).distinct().toList();
            YearMonth first = rows.keySet().stream()
                    .map(Key::month)
                    .min(YearMonth::compareTo)
                    .orElseThrow();
            YearMonth last = rows.keySet().stream()
                    .map(Key::month)
                    .max(YearMonth::compareTo)
                    .orElseThrow();
            for (int i = 0; i < unitIds.size(); i += Batches.CHUNK) {
                List<Long> chunk = unitIds.subList(i, Math.min(unitIds.size(), i + Batches.CHUNK));
                List<Object> args = new ArrayList<>(chunk);
                args.add(Date.valueOf(first.atDay(1)));
                args.add(Date.valueOf(last.atDay(1)));
                jdbc.query(
                        "select unit_id, report_month, documents_issued, documents_signed from signature_report where unit_id in ("
                                + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                                + ") and report_month between ? and ?",
                        rs -> {
                            existing.put(
                                    new Key(
                                            rs.getLong(1),
                                            YearMonth.from(rs.getDate(2).toLocalDate())),
                                    new int[] {rs.getInt(3), rs.getInt(4)});
                        },
                        args.toArray());
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        // A row that changes a locked month refuses the file (SPEC 4a); re-sending the same figures is no change.
        LockedPeriods locked = periodLocks.current();
        LockedRows lockedRows = new LockedRows();
        for (var e : rows.entrySet()) {
            int[] old = existing.get(e.getKey());
            Object[] values = {
                e.getValue()[0],
                e.getValue()[1],
                now,
                e.getKey().unitId(),
                Date.valueOf(e.getKey().month().atDay(1))
            };
            if (old == null) {
                inserts.add(values);
            } else if (old[0] != e.getValue()[0] || old[1] != e.getValue()[1]) {
                updates.add(values);
            } else {
                unchanged++;
                continue;
            }
            lockedRows.hit(locked.overlapping(Period.month(e.getKey().month())), lines.get(e.getKey()));
        }
        lockedRows.throwIfAny();
        Batches.update(
                jdbc,
                "insert into signature_report (documents_issued, documents_signed, updated_at, unit_id, report_month) values (?, ?, ?, ?, ?)",
                inserts);
        Batches.update(
                jdbc,
                "update signature_report set documents_issued = ?, documents_signed = ?, updated_at = ?, version = version + 1 where unit_id = ? and report_month = ?",
                updates);
        if (!inserts.isEmpty() || !updates.isEmpty()) {
            dataVersion.changed(); // last: the shared row stays locked only until the commit
        }
        return new ImportResult(inserts.size(), updates.size(), unchanged);
    }
}
