package org.parsteering.dossier;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Roles;
import org.parsteering.calendar.PeriodLocks;
import org.parsteering.security.CurrentUser;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' digital-signature figures (SPEC 2 "Signature report"): the units × months matrix everyone
 * reads, and the monthly entry — by the committee for any unit, by a unit head for their own unit only.
 */
@Service
@Transactional
public class SignatureService {

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    private final org.parsteering.base.DataVersion dataVersion;
    private final UnitChangeService changes;
    private final PeriodLocks periodLocks;

    SignatureService(
            JdbcTemplate jdbc,
            UnitService units,
            UnitChangeService changes,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            org.parsteering.base.DataVersion dataVersion,
            PeriodLocks periodLocks) {
        this.dataVersion = dataVersion;
        this.periodLocks = periodLocks;
        this.changes = changes;
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every unit active in the months, with its rate of each month (one SQL read), in the current structure. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<SignatureRow> matrix(YearMonth first, YearMonth last) {
        return matrix(first, last, Structure.CURRENT);
    }

    /**
     * The matrix in a structure (SPEC 2a): in the current one the reports of a closed unit count for the unit that
     * carries it on today (summed in the SQL, over {@code unit_lineage}), and the rows are those units; in the
     * historical one every unit active in the months has its own row, closed ones with their end.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<SignatureRow> matrix(YearMonth first, YearMonth last, Structure structure) {
        if (first.isAfter(last)) {
            throw new BusinessException("figures.error.fromAfterTo");
        }
        boolean current = structure != Structure.HISTORICAL;
        String unit = current ? "coalesce(l.current_unit_id, s.unit_id)" : "s.unit_id";
        Map<Long, Map<YearMonth, Rate>> byUnit = new HashMap<>();
        jdbc.query(
                "select " + unit + ", s.report_month, sum(s.documents_issued), sum(s.documents_signed)"
                        + " from signature_report s"
                        + (current ? " left join unit_lineage l on l.unit_id = s.unit_id" : "")
                        + " where s.report_month between ? and ? group by " + unit + ", s.report_month",
                rs -> {
                    byUnit.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(YearMonth.from(rs.getDate(2).toLocalDate()), new Rate(rs.getLong(4), rs.getLong(3)));
                },
                Date.valueOf(first.atDay(1)),
                Date.valueOf(last.atDay(1)));
        List<UnitSummary> active = units.activeDuring(first.atDay(1), last.atEndOfMonth());
        List<UnitSummary> rowsOf = active;
        Map<String, List<String>> predecessors = Map.of();
        if (current) {
            Map<Long, Long> lineage = changes.currentUnitIds();
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
            active.forEach(u -> ids.add(lineage.getOrDefault(u.id(), u.id())));
            rowsOf = units.byIds(ids).values().stream()
                    .sorted(java.util.Comparator.comparing(UnitSummary::code))
                    .toList();
            predecessors = changes.predecessorCodes();
        }
        List<SignatureRow> rows = new ArrayList<>();
        for (UnitSummary u : rowsOf) {
            rows.add(new SignatureRow(
                    u.code(),
                    u.name(),
                    u.type(),
                    byUnit.getOrDefault(u.id(), Map.of()),
                    u.active() ? null : u.activeTo(),
                    predecessors.getOrDefault(u.code(), List.of())));
        }
        return rows;
    }

    /** The latest month with any figures, so the matrix opens where the data is. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public java.util.Optional<YearMonth> latestMonth() {
        Date latest = jdbc.queryForObject("select max(report_month) from signature_report", Date.class);
        return java.util.Optional.ofNullable(latest).map(d -> YearMonth.from(d.toLocalDate()));
    }

    /**
     * Records (or corrects) one unit's figures of one month. A unit head may enter only their own unit's;
     * signed documents cannot exceed issued ones; the change is audited.
     */
    @PreAuthorize("hasAnyRole('SECRETARY','COMMITTEE','UNIT_HEAD')")
    @RetryOnConflict
    public void save(String unitCode, YearMonth month, int issued, int signed) {
        UnitSummary unit =
                units.findByCode(unitCode).orElseThrow(() -> new BusinessException("unit.error.notFound", unitCode));
        currentUser.requireMayActFor(unit.id());
        if (issued < 0 || signed < 0) {
            throw new BusinessException("signatures.error.negative");
        }
        if (signed > issued) {
            throw new BusinessException("import.error.signedOverIssued", signed, issued);
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new BusinessException("signatures.error.future");
        }
        // After a change (SPEC 2a) a closed unit is read-only: no month after the month of its last day.
        if (unit.activeTo() != null && month.isAfter(YearMonth.from(unit.activeTo()))) {
            throw new BusinessException("import.error.unitClosed", unit.code(), unit.activeTo());
        }
        // A locked month's figures stay as they were shown (SPEC 4a).
        periodLocks.checkOpen(Period.month(month));
        Date m = Date.valueOf(month.atDay(1));
        List<int[]> old = jdbc.query(
                "select documents_issued, documents_signed from signature_report where unit_id = ? and report_month = ?",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)},
                unit.id(),
                m);
        Timestamp now = Timestamp.from(clock.instant());
        if (old.isEmpty()) {
            jdbc.update(
                    "insert into signature_report (unit_id, report_month, documents_issued, documents_signed, updated_at) values (?, ?, ?, ?, ?)",
                    unit.id(),
                    m,
                    issued,
                    signed,
                    now);
        } else {
            jdbc.update(
                    "update signature_report set documents_issued = ?, documents_signed = ?, updated_at = ?, version = version + 1 where unit_id = ? and report_month = ?",
                    issued,
                    signed,
                    now,
                    unit.id(),
                    m);
        }
        audit.changes("SIGNATURES", unitCode + "/" + month, unitCode)
                .field("documentsIssued", old.isEmpty() ? null : old.getFirst()[0], issued)
                .field("documentsSigned", old.isEmpty() ? null : old.getFirst()[1], signed)
                .save(old.isEmpty() ? "CREATE" : "UPDATE");
        dataVersion.changed(); // last: the shared row stays locked only until the commit
    }
}
