package org.parsteering.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Imports the procedure catalogue (SPEC 5 "Procedures", key {@code procedure_code}); all or nothing, idempotent. */
@Service
@Transactional
public class ProcedureImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "procedures",
            ImportColumn.required(
                    "procedure_code", "import.rule.procedures.procedure_code", "TTHC-X-001", "TTHC-H-001"),
            ImportColumn.required(
                    "name",
                    "import.rule.procedures.name",
                    "Đăng ký khai sinh",
                    "Cấp giấy phép xây dựng nhà ở riêng lẻ"),
            ImportColumn.required("level", "import.rule.procedures.level", "COMMUNE", "DISTRICT")
                    .allowing(ProcedureLevel.class, l -> "procedures.level." + l.name()),
            ImportColumn.required("online_level", "import.rule.procedures.online_level", "FULL", "PARTIAL")
                    .allowing(OnlineLevel.class, l -> "procedures.online." + l.name()),
            ImportColumn.required("fee_required", "import.rule.procedures.fee_required", "N", "Y")
                    .yesNo());

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,59}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcedureImportService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Proc(String code, String name, ProcedureLevel level, OnlineLevel online, boolean fee) {}

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
        return importProcedures(TabularReader.read(content, fileName, FORMAT));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importProcedures(TabularFile file) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Proc> rows = new LinkedHashMap<>();
        FirstLines<String> firstLines = new FirstLines<>();
        for (TabularRow row : file.rows()) {
            RowParser p = new RowParser(row, errors);
            String code = p.code("procedure_code", true, 60, CODE);
            String name = p.text("name", true, 500);
            ProcedureLevel level = p.enumValue("level", ProcedureLevel.class, true);
            OnlineLevel online = p.enumValue("online_level", OnlineLevel.class, true);
            Boolean fee = p.yesNo("fee_required", true);
            if (code != null) {
                if (!firstLines.first(code, p, "procedure_code")) {
                    continue;
                }
                if (name != null && level != null && online != null && fee != null) {
                    rows.put(code, new Proc(code, name, level, online, fee));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Map<String, Proc> existing = Batches.byKeys(
                jdbc,
                "select code, name, proc_level, online_level, fee_required from admin_procedure where code in",
                rows.keySet(),
                (rs, i) -> new Proc(
                        rs.getString(1),
                        rs.getString(2),
                        ProcedureLevel.valueOf(rs.getString(3)),
                        OnlineLevel.valueOf(rs.getString(4)),
                        rs.getBoolean(5)),
                Proc::code);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (Proc p : rows.values()) {
            Proc old = existing.get(p.code());
            if (old == null) {
                inserts.add(new Object[] {
                    p.code(), p.name(), p.level().name(), p.online().name(), p.fee(), now
                });
            } else if (!Objects.equals(old, p)) {
                updates.add(new Object[] {p.name(), p.level().name(), p.online().name(), p.fee(), now, p.code()});
            } else {
                unchanged++;
            }
        }
        Batches.update(
                jdbc,
                "insert into admin_procedure (code, name, proc_level, online_level, fee_required, updated_at) values (?, ?, ?, ?, ?, ?)",
                inserts);
        Batches.update(
                jdbc,
                "update admin_procedure set name = ?, proc_level = ?, online_level = ?, fee_required = ?, updated_at = ? where code = ?",
                updates);
        return new ImportResult(inserts.size(), updates.size(), unchanged);
    }
}
