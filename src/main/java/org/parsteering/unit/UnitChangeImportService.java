package org.parsteering.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parsteering.base.DataVersion;
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
 * Imports unit changes from CSV/XLSX (SPEC 2a {@code unit_changes}, key: effective date + successor + kind), the
 * SECRETARY's only. Every row is read first; then each change is applied in file order through {@link
 * UnitChangeService}'s rules inside the one transaction, so a later row may rename or merge a unit an earlier row
 * created. All or nothing: a file with any bad row (a cell that cannot be read, or a change a rule refuses) writes
 * nothing and reports every bad row with the column the rule is about. Re-importing the same file changes
 * nothing; a known change with a new legal basis (or a renaming with a new name) is updated.
 */
@Service
@Transactional
public class UnitChangeImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "unit_changes",
            ImportColumn.required("change_date", "import.rule.unit_changes.change_date", "2025-07-01", "2025-07-01"),
            ImportColumn.required("kind", "import.rule.unit_changes.kind", "MERGE", "ABOLISH")
                    .allowing(UnitChangeKind.class, UnitChangeKind::messageKey),
            ImportColumn.required(
                    "predecessors",
                    "import.rule.unit_changes.predecessors",
                    "XA-BAISON;XA-DONGSON;XA-HONGSON;XA-TRANGSON",
                    "PB-NOIVU"),
            ImportColumn.required(
                    "successor_code", "import.rule.unit_changes.successor_code", "XA-LUONGSON", "SO-NOIVU"),
            ImportColumn.optional(
                    "successor_name", "import.rule.unit_changes.successor_name", "Xã Lương Sơn", "Sở Nội vụ"),
            ImportColumn.optional("successor_type", "import.rule.unit_changes.successor_type", "COMMUNE", "DEPARTMENT")
                    .allowing(UnitType.class, UnitType::messageKey),
            ImportColumn.required(
                    "legal_basis", "import.rule.unit_changes.legal_basis", "1678/NQ-UBTVQH15", "1678/NQ-UBTVQH15"));

    private final UnitChangeService changes;
    private final DataVersion dataVersion;

    UnitChangeImportService(UnitChangeService changes, DataVersion dataVersion) {
        this.changes = changes;
        this.dataVersion = dataVersion;
    }

    private record ChangeRow(int line, UnitChangeRequest request) {}

    /**
     * Refuses ({@code AccessDeniedException}) a caller who may not run this import, so that a file is refused
     * before it is received: its rule is the one of {@link #importFile(byte[], String)}.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    /** Reads and imports a CSV or XLSX file; throws {@link ImportRejectedException} with every bad row. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importUnitChanges(TabularReader.read(content, fileName, FORMAT));
    }

    /** Imports a file already read; throws {@link ImportRejectedException} with every bad row. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importUnitChanges(TabularFile file) {
        List<RowError> errors = new ArrayList<>();
        List<ChangeRow> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            RowParser p = new RowParser(row, errors);
            LocalDate date = p.date("change_date", true);
            UnitChangeKind kind = p.enumValue("kind", UnitChangeKind.class, true);
            List<String> predecessors = Arrays.stream(row.get("predecessors").split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            String successorCode = p.text("successor_code", false, Unit.CODE_LENGTH);
            String successorName = p.text("successor_name", false, Unit.NAME_LENGTH);
            UnitType successorType = p.enumValue("successor_type", UnitType.class, false);
            String basis = p.text("legal_basis", true, UnitChange.LEGAL_BASIS_LENGTH);
            if (errors.size() == before) {
                rows.add(new ChangeRow(
                        row.line(),
                        new UnitChangeRequest(
                                date, kind, predecessors, successorCode, successorName, successorType, basis)));
            }
        }

        // Each change in file order, under the same rules as on the Units screen; a refused one writes nothing
        // (the rules are checked before any write), so the rows after it are still checked against the file.
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ChangeRow r : rows) {
            try {
                switch (changes.apply(r.request()).outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (UnitChangeException e) {
                errors.add(RowError.of(r.line(), e.column(), e.getMessageKey(), e.getArgs()));
            } catch (org.parsteering.base.PeriodLockedException e) {
                throw e.onLine(r.line()); // the whole file is refused; the API answers 409 (SPEC 4a)
            } catch (org.parsteering.base.BusinessException e) {
                errors.add(RowError.of(r.line(), "", e.getMessageKey(), e.getArgs()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors); // rolls back the changes the good rows made
        }
        if (created > 0 || updated > 0) {
            dataVersion.changed(); // last: the shared row stays locked only until the commit
        }
        return new ImportResult(created, updated, unchanged);
    }
}
