package org.parsteering.support;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parsteering.unit.UnitChangeKind;
import org.parsteering.unit.UnitChangeRequest;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitImportService;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units, unit heads and unit changes of the carry-over tests (issue 12): communes made by the unit import and
 * changes recorded through {@link UnitChangeService}, both as the caller (the secretary), in the test's transaction.
 * A test builds it from its own beans.
 */
public final class UnitChangeFixture {

    public static final String BASIS = "1678/NQ-UBTVQH15";

    private final UnitImportService unitImport;
    private final UnitChangeService changes;
    private final JdbcTemplate jdbc;

    public UnitChangeFixture(UnitImportService unitImport, UnitChangeService changes, JdbcTemplate jdbc) {
        this.unitImport = unitImport;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    /** Communes with these codes, named "Xã " + code, active since forever. */
    public void communes(String... codes) {
        StringBuilder csv = new StringBuilder("unit_code,name,type,parent_code\n");
        for (String code : codes) {
            csv.append(code).append(",Xã ").append(code).append(",COMMUNE,DISTRICT\n");
        }
        unitImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8), "units.csv");
    }

    /** A unit head account {@code username} of {@code unitCode} (password never used: tests sign in directly). */
    public void head(String username, String unitCode) {
        Long unit = jdbc.queryForObject("select id from unit where code = ?", Long.class, unitCode);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, role, unit_id, locale, created_at, updated_at)
                values (?, ?, null, '{noop}x', 'UNIT_HEAD', ?, 'vi', ?, ?)""", username, "Trưởng " + unitCode, unit, now, now);
    }

    /** Merges {@code predecessors} on {@code date} into {@code successor} (new: a commune named "Xã " + code). */
    public void merge(LocalDate date, String successor, String... predecessors) {
        changes.record(new UnitChangeRequest(
                date,
                UnitChangeKind.MERGE,
                List.of(predecessors),
                successor,
                "Xã " + successor,
                UnitType.COMMUNE,
                BASIS));
    }

    /** Abolishes {@code unit} on {@code date}, without successor. */
    public void abolish(LocalDate date, String unit) {
        changes.record(new UnitChangeRequest(date, UnitChangeKind.ABOLISH, List.of(unit), null, null, null, BASIS));
    }

    public long unitId(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }
}
