package org.parsteering.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parsteering.audit.AuditService;
import org.parsteering.base.RetryOnConflict;
import org.parsteering.base.Roles;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from CSV/XLSX (SPEC 5 "Units", key {@code unit_code}). All or nothing: every row is
 * checked first, and a file with any bad row writes nothing and reports every bad row. Re-importing the
 * same file changes nothing; changed values for a known code update that unit.
 */
@Service
@Transactional
public class UnitImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "units",
            ImportColumn.required("unit_code", "import.rule.units.unit_code", "XA-BAISON", "PB-NOIVU"),
            ImportColumn.required("name", "import.rule.units.name", "Xã Bài Sơn", "Phòng Nội vụ"),
            ImportColumn.required("type", "import.rule.units.type", "COMMUNE", "DEPARTMENT")
                    .allowing(UnitType.class, UnitType::messageKey),
            ImportColumn.optional("parent_code", "import.rule.units.parent_code", "DISTRICT", "DISTRICT"),
            ImportColumn.optional("active_from", "import.rule.units.active_from", "2021-01-01", "2021-01-01"),
            ImportColumn.optional("active_to", "import.rule.units.active_to", "", ""));

    private static final Pattern CODE = Pattern.compile(Unit.CODE_PATTERN);

    private final UnitRepository repository;
    private final AuditService audit;
    private final Clock clock;

    private final org.parsteering.base.DataVersion dataVersion;

    private final UnitChangeRepository changes;

    UnitImportService(
            UnitRepository repository,
            UnitChangeRepository changes,
            AuditService audit,
            Clock clock,
            org.parsteering.base.DataVersion dataVersion) {
        this.changes = changes;
        this.dataVersion = dataVersion;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    private record UnitRow(
            int line, String code, String name, UnitType type, String parentCode, LocalDate from, LocalDate to) {}

    /** Reads and imports a CSV or XLSX file; throws {@link ImportRejectedException} with every bad row. */
    /**
     * Refuses ({@code AccessDeniedException}) a caller who may not run this import, so that a file is
     * refused before it is received: its rule is the one of {@link #importFile(byte[], String)}.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importUnits(TabularReader.read(content, fileName, FORMAT));
    }

    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importUnits(TabularFile file) {
        List<RowError> errors = new ArrayList<>();
        Map<String, UnitRow> rows = new LinkedHashMap<>();
        FirstLines<String> firstLines = new FirstLines<>();
        for (TabularRow row : file.rows()) {
            RowParser p = new RowParser(row, errors);
            String code = p.code("unit_code", true, Unit.CODE_LENGTH, CODE);
            String name = p.text("name", true, Unit.NAME_LENGTH);
            UnitType type = p.enumValue("type", UnitType.class, true);
            String parent = p.code("parent_code", false, Unit.CODE_LENGTH, CODE);
            LocalDate from = p.date("active_from", false);
            LocalDate to = p.date("active_to", false);
            if (from != null && to != null && to.isBefore(from)) {
                p.error("active_to", "import.error.activeToBeforeFrom");
            }
            if (code != null && code.equals(parent)) {
                p.error("parent_code", "import.error.parentSelf");
            }
            if (code != null) {
                if (!firstLines.first(code, p, "unit_code")) {
                    continue;
                }
                rows.put(code, new UnitRow(row.line(), code, name, type, parent, from, to));
            }
        }

        // Existing units touched by the file, as codes or as parents.
        Set<String> codes = new HashSet<>(rows.keySet());
        rows.values().stream().map(UnitRow::parentCode).filter(Objects::nonNull).forEach(codes::add);
        Map<String, Unit> existing = new HashMap<>();
        for (Unit u : repository.findByCodeIn(codes)) {
            existing.put(u.getCode(), u);
        }
        for (UnitRow r : rows.values()) {
            Unit known = existing.get(r.code());
            if (known != null && !java.util.Objects.equals(known.getActiveTo(), r.to())) {
                // a unit a merger or an abolition closed keeps the dates of that change: re-importing an old
                // file must not reopen it (its work and figures went to its successor)
                changes.findClosing(known.getId())
                        .ifPresent(c -> errors.add(RowError.of(
                                r.line(),
                                "active_to",
                                "import.error.unitClosedByChange",
                                r.code(),
                                c.getChangeDate())));
            }
            if (r.parentCode() != null && !rows.containsKey(r.parentCode()) && !existing.containsKey(r.parentCode())) {
                errors.add(RowError.of(r.line(), "parent_code", "import.error.unknownUnit", r.parentCode()));
            } else if (r.parentCode() != null && formsCycle(r.code(), rows, existing)) {
                errors.add(RowError.of(r.line(), "parent_code", "import.error.parentCycle", r.parentCode()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }

        var now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // First pass: create or update every unit without touching parents, so parents may come later in the file.
        Map<String, Unit> byCode = new HashMap<>(existing);
        Set<String> changedCodes = new HashSet<>();
        for (UnitRow r : rows.values()) {
            Unit unit = existing.get(r.code());
            if (unit == null) {
                unit = new Unit(r.code(), r.name(), r.type(), now);
                unit.setActiveFrom(r.from());
                unit.setActiveTo(r.to());
                repository.save(unit);
                byCode.put(r.code(), unit);
                audit.changes(UnitService.AUDIT_TYPE, r.code(), r.code())
                        .field("name", null, r.name())
                        .field("type", null, r.type())
                        .field("parent", null, r.parentCode())
                        .field("activeFrom", null, r.from())
                        .field("activeTo", null, r.to())
                        .save("IMPORT_CREATE");
                created++;
            } else {
                var changes = audit.changes(UnitService.AUDIT_TYPE, r.code(), r.code())
                        .field("name", unit.getName(), r.name())
                        .field("type", unit.getType(), r.type())
                        .field(
                                "parent",
                                unit.getParent() == null
                                        ? null
                                        : unit.getParent().getCode(),
                                r.parentCode())
                        .field("activeFrom", unit.getActiveFrom(), r.from())
                        .field("activeTo", unit.getActiveTo(), r.to());
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    unit.setName(r.name());
                    unit.setType(r.type());
                    unit.setActiveFrom(r.from());
                    unit.setActiveTo(r.to());
                    unit.touch(now);
                    changes.save("IMPORT_UPDATE");
                    changedCodes.add(r.code());
                    updated++;
                }
            }
        }
        for (UnitRow r : rows.values()) {
            Unit unit = byCode.get(r.code());
            Unit parent = r.parentCode() == null ? null : byCode.get(r.parentCode());
            if (unit.getParent() != parent) {
                unit.setParent(parent);
            }
        }
        repository.flush();
        if (created > 0 || updated > 0) {
            dataVersion.changed(); // last: the shared row stays locked only until the commit
        }
        return new ImportResult(created, updated, unchanged);
    }

    private static boolean formsCycle(String start, Map<String, UnitRow> rows, Map<String, Unit> existing) {
        Set<String> seen = new HashSet<>();
        String code = start;
        while (code != null) {
            if (!seen.add(code)) {
                return true;
            }
            UnitRow row = rows.get(code);
            if (row != null) {
                code = row.parentCode();
            } else {
                Unit u = existing.get(code);
                code = u == null || u.getParent() == null ? null : u.getParent().getCode();
            }
        }
        return false;
    }
}
