package org.parsteering.dossier;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parsteering.base.ReportingYears;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Roles;
import org.parsteering.base.tabular.FirstLines;
import org.parsteering.base.tabular.ImportColumn;
import org.parsteering.base.tabular.ImportProgress;
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
import org.parsteering.calendar.PeriodLock;
import org.parsteering.calendar.PeriodLocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports dossiers from the provincial administrative-procedure system (SPEC 5 "Dossiers", key
 * {@code dossier_code}). One transaction per file, batched JDBC writes, all or nothing: every row is
 * checked first and a file with any bad row writes nothing and reports every bad row. A dossier cannot be
 * received or completed after today (the locality's date): such a date is a typing or export error, and it
 * would make a dossier both completed in a period and pending at its end. Its due date may be in the future.
 */
@Service
@Transactional
public class DossierImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "dossiers",
            ImportColumn.required(
                    "dossier_code",
                    "import.rule.dossiers.dossier_code",
                    "000.00.25.H40-240304-0001",
                    "000.00.25.H40-240311-0002"),
            ImportColumn.required("unit_code", "import.rule.dossiers.unit_code", "XA-BAISON", "XA-BAISON"),
            ImportColumn.required("procedure_code", "import.rule.dossiers.procedure_code", "TTHC-X-001", "TTHC-X-002"),
            ImportColumn.required("channel", "import.rule.dossiers.channel", "ONLINE", "IN_PERSON")
                    .allowing(Channel.class, c -> "figures.channel." + c.name()),
            ImportColumn.required("received_on", "import.rule.dossiers.received_on", "2024-03-04", "2024-03-11"),
            ImportColumn.required("due_on", "import.rule.dossiers.due_on", "2024-03-08", "2024-05-31"),
            ImportColumn.required("completed_on", "import.rule.dossiers.completed_on", "2024-03-07", ""),
            ImportColumn.required(
                            "components_digitized", "import.rule.dossiers.components_digitized", "FULL", "PARTIAL")
                    .allowing(Components.class, c -> "import.value.components." + c.name()),
            ImportColumn.required("result_digitized", "import.rule.dossiers.result_digitized", "Y", "")
                    .yesNo(),
            ImportColumn.required("result_signed", "import.rule.dossiers.result_signed", "Y", "")
                    .yesNo(),
            ImportColumn.required("fee_required", "import.rule.dossiers.fee_required", "Y", "N")
                    .yesNo(),
            ImportColumn.required("paid_online", "import.rule.dossiers.paid_online", "Y", "N")
                    .yesNo());

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,59}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final org.parsteering.base.DataVersion dataVersion;

    private final PeriodLocks periodLocks;

    DossierImportService(
            JdbcTemplate jdbc, Clock clock, org.parsteering.base.DataVersion dataVersion, PeriodLocks periodLocks) {
        this.dataVersion = dataVersion;
        this.periodLocks = periodLocks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Row(
            String code,
            long unitId,
            long procedureId,
            Channel channel,
            LocalDate received,
            LocalDate due,
            LocalDate completed,
            Components components,
            Boolean resultDigitized,
            Boolean resultSigned,
            boolean fee,
            boolean paidOnline) {}

    /**
     * The lock a new or changed dossier would break (SPEC 4a). A dossier counts in every period from the day it is
     * received to the day it is completed (pending in between, for ever while it is pending): a new dossier, or a
     * change to what it is (unit, procedure, channel, dates, components, fees), touches every period of its life
     * before and after the change; a change of its completion alone touches the periods from the earlier of the two
     * completion days on, or the days between two completion days (so recording, in January, the completion of a dossier pending since December leaves a
     * locked December as it was, while back-dating it into December does not).
     */
    static Optional<PeriodLock> lockTouched(LockedPeriods locked, Row old, Row r) {
        if (old == null) {
            return locked.overlapping(r.received(), r.completed());
        }
        boolean sameDossier = old.unitId() == r.unitId()
                && old.procedureId() == r.procedureId()
                && old.channel() == r.channel()
                && old.received().equals(r.received())
                && old.due().equals(r.due())
                && old.components() == r.components()
                && old.fee() == r.fee()
                && old.paidOnline() == r.paidOnline();
        if (!sameDossier) {
            return locked.overlapping(old.received(), old.completed())
                    .or(() -> locked.overlapping(r.received(), r.completed()));
        }
        if (!Objects.equals(old.completed(), r.completed())) {
            if (old.completed() == null || r.completed() == null) { // pending before or after: from then on
                return locked.overlapping(old.completed() == null ? r.completed() : old.completed(), null);
            }
            // moved from one day to another: the days between, where it counted as pending or completed
            boolean earlier = old.completed().isBefore(r.completed());
            return locked.overlapping(
                    earlier ? old.completed() : r.completed(), earlier ? r.completed() : old.completed());
        }
        return locked.on(r.completed()); // only the result (digitised, signed) of a completion changed
    }

    /**
     * Refuses ({@code AccessDeniedException}) a caller who may not run this import, so that a file is
     * refused before it is received: its rule is the one of {@link #importFile(byte[], String)}.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importFile(content, fileName, ImportProgress.NONE);
    }

    /** As {@link #importFile(byte[], String)}, telling {@code progress} how far it is (a large file takes seconds). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName, ImportProgress progress) {
        return importDossiers(TabularReader.read(content, fileName, FORMAT), progress);
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importDossiers(TabularFile file) {
        return importDossiers(file, ImportProgress.NONE);
    }

    /** As {@link #importDossiers(TabularFile)}, telling {@code progress} how far it is (a large file takes seconds). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importDossiers(TabularFile file, ImportProgress progress) {
        int total = file.rows().size();
        progress.report(ImportProgress.Phase.CHECKING, 0, total);
        Map<String, Long> units = new HashMap<>();
        Map<String, LocalDate> closedUnits = new HashMap<>(); // code -> last day, for units that have one
        jdbc.query("select code, id, active_to from unit", rs -> {
            units.put(rs.getString(1), rs.getLong(2));
            if (rs.getDate(3) != null) {
                closedUnits.put(rs.getString(1), rs.getDate(3).toLocalDate());
            }
        });
        Map<String, Long> procedures = new HashMap<>();
        jdbc.query("select code, id from admin_procedure", rs -> {
            procedures.put(rs.getString(1), rs.getLong(2));
        });

        LocalDate today = LocalDate.now(clock);
        List<RowError> errors = new ArrayList<>();
        Map<String, Row> rows = new HashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        FirstLines<String> firstLines = new FirstLines<>();
        int checked = 0;
        for (TabularRow row : file.rows()) {
            if (++checked % Batches.CHUNK == 0) {
                progress.report(ImportProgress.Phase.CHECKING, checked, total);
            }
            RowParser p = new RowParser(row, errors);
            String code = p.code("dossier_code", true, 60, CODE);
            String unitCode = p.code("unit_code", true, 40, CODE);
            String procedureCode = p.code("procedure_code", true, 60, CODE);
            Channel channel = p.enumValue("channel", Channel.class, true);
            LocalDate received = p.date("received_on", true);
            LocalDate due = p.date("due_on", true);
            LocalDate completed = p.date("completed_on", false);
            Components components = p.enumValue("components_digitized", Components.class, true);
            Boolean digitized = p.yesNo("result_digitized", false);
            Boolean signed = p.yesNo("result_signed", false);
            Boolean fee = p.yesNo("fee_required", true);
            Boolean paid = p.yesNo("paid_online", true);
            Long unitId = unitCode == null ? null : units.get(unitCode);
            if (unitCode != null && unitId == null) {
                p.error("unit_code", "import.error.unknownUnit", unitCode);
            }
            Long procedureId = procedureCode == null ? null : procedures.get(procedureCode);
            if (procedureCode != null && procedureId == null) {
                p.error("procedure_code", "import.error.unknownProcedure", procedureCode);
            }
            // After a change (SPEC 2a) a closed unit is read-only: nothing received after its last day is its own.
            LocalDate lastDay = unitId == null ? null : closedUnits.get(unitCode);
            if (received != null && lastDay != null && received.isAfter(lastDay)) {
                p.error("received_on", "import.error.unitClosed", unitCode, lastDay);
            }
            if (received != null && due != null && due.isBefore(received)) {
                p.error("due_on", "import.error.dueBeforeReceived");
            }
            if (received != null && completed != null && completed.isBefore(received)) {
                p.error("completed_on", "import.error.completedBeforeReceived");
            }
            // Nothing is received or completed after today (in the locality's time zone); a due date may be.
            if (received != null && received.isAfter(today)) {
                p.error("received_on", "import.error.receivedAfterToday", received, today);
            }
            if (completed != null && completed.isAfter(today)) {
                p.error("completed_on", "import.error.completedAfterToday", completed, today);
            }
            // A dossier's dates lie within the years a period may cover (ReportingYears): a year 1 or 9999 is an
            // export error, and a due date of 9999 would keep a dossier "pending, on time" for ever.
            for (var date : List.of(
                    java.util.Map.entry("received_on", Objects.requireNonNullElse(received, today)),
                    java.util.Map.entry("due_on", Objects.requireNonNullElse(due, today)),
                    java.util.Map.entry("completed_on", Objects.requireNonNullElse(completed, today)))) {
                if (!ReportingYears.contains(date.getValue())) {
                    p.error(
                            date.getKey(),
                            "import.error.dateOutsideYears",
                            date.getValue(),
                            ReportingYears.FIRST,
                            ReportingYears.LAST);
                }
            }
            if (completed == null && !row.get("completed_on").isEmpty()) {
                continue; // bad date already reported
            }
            if (completed == null
                    && (!row.get("result_digitized").isEmpty()
                            || !row.get("result_signed").isEmpty())) {
                p.error(
                        row.get("result_digitized").isEmpty() ? "result_signed" : "result_digitized",
                        "import.error.resultOnPending");
            }
            if (Boolean.FALSE.equals(fee) && Boolean.TRUE.equals(paid)) {
                p.error("paid_online", "import.error.paidWithoutFee");
            }
            if (code == null) {
                continue;
            }
            if (!firstLines.first(code, p, "dossier_code")) {
                continue;
            }
            if (unitId != null
                    && procedureId != null
                    && channel != null
                    && received != null
                    && due != null
                    && components != null
                    && fee != null
                    && paid != null) {
                rows.put(
                        code,
                        new Row(
                                code,
                                unitId,
                                procedureId,
                                channel,
                                received,
                                due,
                                completed,
                                components,
                                digitized,
                                signed,
                                fee,
                                paid));
                order.add(code);
                lines.put(code, row.line());
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }

        Map<String, Row> existing = Batches.byKeys(
                jdbc,
                """
                select code, unit_id, procedure_id, channel, received_on, due_on, completed_on, components, result_digitized,
                       result_signed, fee_required, paid_online from dossier where code in""",
                rows.keySet(),
                (rs, i) -> new Row(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        Channel.valueOf(rs.getString(4)),
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate(),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                        Components.valueOf(rs.getString(8)),
                        (Boolean) rs.getObject(9, Boolean.class),
                        (Boolean) rs.getObject(10, Boolean.class),
                        rs.getBoolean(11),
                        rs.getBoolean(12)),
                Row::code);
        LockedPeriods locked = periodLocks.current();
        LockedRows lockedRows = new LockedRows();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (String code : order) {
            Row r = rows.get(code);
            Row old = existing.get(code);
            Object[] values = {
                r.unitId(),
                r.procedureId(),
                r.channel().name(),
                Date.valueOf(r.received()),
                Date.valueOf(r.due()),
                r.completed() == null ? null : Date.valueOf(r.completed()),
                r.components().name(),
                r.resultDigitized(),
                r.resultSigned(),
                r.fee(),
                r.paidOnline(),
                now,
                code
            };
            if (old == null) {
                inserts.add(values);
            } else if (!Objects.equals(old, r)) {
                updates.add(values);
            } else {
                unchanged++;
                continue;
            }
            if (!locked.isEmpty()) {
                lockedRows.hit(lockTouched(locked, old, r), lines.get(code));
            }
        }
        lockedRows.throwIfAny();
        int toWrite = inserts.size() + updates.size();
        progress.report(ImportProgress.Phase.WRITING, 0, toWrite);
        Batches.update(jdbc, """
                insert into dossier (unit_id, procedure_id, channel, received_on, due_on, completed_on, components, result_digitized,
                                     result_signed, fee_required, paid_online, updated_at, code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts, done -> progress.report(ImportProgress.Phase.WRITING, done, toWrite));
        Batches.update(
                jdbc,
                """
                update dossier set unit_id = ?, procedure_id = ?, channel = ?, received_on = ?, due_on = ?, completed_on = ?,
                       components = ?, result_digitized = ?, result_signed = ?, fee_required = ?, paid_online = ?, updated_at = ?
                where code = ?""",
                updates,
                done -> progress.report(ImportProgress.Phase.WRITING, inserts.size() + done, toWrite));
        if (toWrite > 0) {
            dataVersion.changed(); // last: the shared row stays locked only until the commit
        }
        return new ImportResult(inserts.size(), updates.size(), unchanged);
    }
}
