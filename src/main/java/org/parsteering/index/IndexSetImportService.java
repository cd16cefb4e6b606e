package org.parsteering.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parsteering.audit.AuditService;
import org.parsteering.base.CsvFile;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports the items of index sets (SPEC 3a columns, key set + code), the secretary's. The set must
 * exist (created on the Indexes screen). Every row is read, then each set's tree as it would be after the file —
 * the items the file does not mention included — is checked whole ({@link IndexTreeCheck}); a file with any bad
 * row writes nothing and reports every bad row. Re-importing the same file changes nothing; a known code with new
 * values is updated. A set some round uses accepts only new titles, guidance and evidence flags: its points are
 * scored against the tree as it was. The export writes the same columns, in tree order, and imports unchanged.
 */
@Service
@Transactional
public class IndexSetImportService {

    static final Pattern ITEM_CODE = Pattern.compile("[0-9A-Z][0-9A-Z._-]{0,39}");
    static final BigDecimal LIMIT = new BigDecimal("1000");

    public static final TabularFormat FORMAT = new TabularFormat(
            "index_sets",
            ImportColumn.required("set_code", "import.rule.index_sets.set_code", "PARINDEX-2026", "QD766"),
            ImportColumn.required("code", "import.rule.index_sets.code", "1.1.4", "2.1"),
            ImportColumn.optional("parent_code", "import.rule.index_sets.parent_code", "1.1", "2"),
            ImportColumn.required(
                    "title",
                    "import.rule.index_sets.title",
                    "Mức độ hoàn thành kế hoạch CCHC",
                    "Giải quyết hồ sơ trước hạn, đúng hạn"),
            ImportColumn.optional(
                    "title_en", "import.rule.index_sets.title_en", "Completion of the PAR plan", "Dossiers on time"),
            ImportColumn.required("max_points", "import.rule.index_sets.max_points", "2", "20"),
            ImportColumn.optional("min_points", "import.rule.index_sets.min_points", "", ""),
            ImportColumn.required("method", "import.rule.index_sets.method", "TASKS", "FORMULA")
                    .allowing(ScoringMethod.class, ScoringMethod::messageKey),
            ImportColumn.optional(
                    "rule", "import.rule.index_sets.rule", "task_completion:>90:2;>=70:1;else:0", "on_time:L"),
            ImportColumn.optional("evidence_required", "import.rule.index_sets.evidence_required", "N", "N")
                    .yesNo(),
            ImportColumn.optional(
                    "guidance", "import.rule.index_sets.guidance", "Trên 90 %: 2 điểm; 70–90 %: 1; dưới 70 %: 0", ""));

    private final IndexCatalog catalog;
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final AuditService audit;
    private final DataVersion dataVersion;

    IndexSetImportService(
            IndexCatalog catalog,
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate template,
            AuditService audit,
            DataVersion dataVersion) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.dataVersion = dataVersion;
    }

    /** Refuses a caller who may not import sets, before a file is received. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    /** Reads and imports a CSV or XLSX file; throws {@link ImportRejectedException} with every bad row. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importIndexSets(TabularReader.read(content, fileName, FORMAT));
    }

    /** Imports a file already read; throws {@link ImportRejectedException} with every bad row. */
    @PreAuthorize(Roles.IS_SECRETARY)
    @RetryOnConflict
    public ImportResult importIndexSets(TabularFile file) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Map<String, ItemDraft>> bySet = new LinkedHashMap<>();
        Map<String, IndexSetSummary> sets = new HashMap<>();
        Map<String, Map<String, Integer>> siblings = new HashMap<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            RowParser p = new RowParser(row, errors);
            String setCode = p.code("set_code", true, 40, IndexSetService.CODE);
            String code = p.code("code", true, 40, ITEM_CODE);
            String parent = p.code("parent_code", false, 40, ITEM_CODE);
            String title = p.text("title", true, 500);
            String titleEn = p.text("title_en", false, 500);
            BigDecimal max = p.decimal("max_points", true, 2, LIMIT.negate(), LIMIT);
            BigDecimal min = p.decimal("min_points", false, 2, LIMIT.negate(), BigDecimal.ZERO);
            ScoringMethod method = p.enumValue("method", ScoringMethod.class, true);
            String rule = p.text("rule", false, 200);
            Boolean evidence = p.yesNo("evidence_required", false);
            String guidance = p.text("guidance", false, 2000);
            if (max != null && max.signum() < 0) {
                p.error("max_points", "index.import.error.negativeMax");
            }
            IndexSetSummary set = null;
            if (setCode != null) {
                set = sets.computeIfAbsent(setCode, c -> catalog.set(c).orElse(null));
                if (set == null) {
                    p.error("set_code", "index.import.error.unknownSet", setCode);
                }
            }
            if (errors.size() > before) {
                continue;
            }
            Map<String, ItemDraft> items = bySet.computeIfAbsent(setCode, c -> new LinkedHashMap<>());
            if (items.containsKey(code)) {
                p.error(
                        "code",
                        "index.import.error.duplicate",
                        code,
                        items.get(code).line());
                continue;
            }
            String siblingKey = parent == null ? "" : parent;
            int position =
                    siblings.computeIfAbsent(setCode, c -> new HashMap<>()).merge(siblingKey, 1, Integer::sum);
            items.put(
                    code,
                    new ItemDraft(
                            row.line(),
                            code,
                            parent,
                            position,
                            title,
                            titleEn,
                            max,
                            min == null ? BigDecimal.ZERO.setScale(2) : min,
                            method,
                            rule,
                            Boolean.TRUE.equals(evidence),
                            guidance));
        }

        List<Runnable> writes = new ArrayList<>();
        int[] counts = new int[3];
        for (var entry : bySet.entrySet()) {
            IndexSetSummary set = sets.get(entry.getKey());
            plan(set, entry.getValue(), errors, writes, counts);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }
        writes.forEach(Runnable::run);
        if (counts[0] > 0 || counts[1] > 0) {
            dataVersion.changed();
        }
        return new ImportResult(counts[0], counts[1], counts[2]);
    }

    /** Checks one set's tree after the file and, when it holds, queues the writes. */
    private void plan(
            IndexSetSummary set,
            Map<String, ItemDraft> rows,
            List<RowError> errors,
            List<Runnable> writes,
            int[] counts) {
        Map<String, IndexItem> existing = new LinkedHashMap<>();
        for (IndexItem i : catalog.items(set.id())) {
            existing.put(i.code(), i);
        }
        Map<String, ItemDraft> merged = new LinkedHashMap<>();
        existing.values().forEach(i -> merged.put(i.code(), ItemDraft.of(i)));
        // file rows keep their siblings' order; an item the file does not mention keeps its place after them
        for (ItemDraft d : rows.values()) {
            merged.put(d.code(), d);
        }
        int before = errors.size();
        boolean inUse = jdbc.sql("select count(*) from index_round where set_id = :set")
                        .param("set", set.id())
                        .query(Integer.class)
                        .single()
                > 0;
        List<ItemDraft> created = new ArrayList<>();
        List<ItemDraft> updated = new ArrayList<>();
        for (ItemDraft d : rows.values()) {
            IndexItem old = existing.get(d.code());
            ItemDraft was = old == null ? null : ItemDraft.of(old);
            if (was == null) {
                created.add(d);
            } else if (was.differs(d)) {
                updated.add(d);
            } else {
                counts[2]++;
            }
            if (inUse && (was == null || was.structureDiffers(d))) {
                errors.add(RowError.of(d.line(), "code", "index.import.error.setInUse", set.code()));
            }
        }
        IndexTreeCheck.check(merged, set.maxPoints(), errors);
        if (errors.size() > before || (created.isEmpty() && updated.isEmpty())) {
            return;
        }
        counts[0] += created.size();
        counts[1] += updated.size();
        Map<String, Integer> levels = IndexTreeCheck.levels(merged);
        writes.add(() -> write(set, merged, levels, created, updated));
    }

    private void write(
            IndexSetSummary set,
            Map<String, ItemDraft> merged,
            Map<String, Integer> levels,
            List<ItemDraft> created,
            List<ItemDraft> updated) {
        // new items parents first, with a parent id resolved after the parent is written
        List<ItemDraft> inserts = new ArrayList<>(created);
        inserts.sort(Comparator.comparingInt(d -> levels.get(d.code())));
        for (ItemDraft d : inserts) {
            jdbc.sql("""
                            insert into index_item (set_id, code, parent_id, position, item_level, title_vi, title_en,
                            max_points, min_points, method, rule_text, evidence_required, guidance)
                            values (:set, :code, null, :position, :level, :vi, :en, :max, :min, :method, :rule,
                            :evidence, :guidance)""")
                    .param("set", set.id())
                    .param("code", d.code())
                    .param("position", d.position())
                    .param("level", levels.get(d.code()))
                    .param("vi", d.titleVi())
                    .param("en", ItemDraft.blankToNull(d.titleEn()))
                    .param("max", d.maxPoints())
                    .param("min", d.minPoints())
                    .param("method", d.method().name())
                    .param("rule", ItemDraft.blankToNull(d.rule()))
                    .param("evidence", d.evidenceRequired())
                    .param("guidance", ItemDraft.blankToNull(d.guidance()))
                    .update();
        }
        for (ItemDraft d : updated) {
            jdbc.sql("""
                            update index_item set position = :position, title_vi = :vi, title_en = :en,
                            max_points = :max, min_points = :min, method = :method, rule_text = :rule,
                            evidence_required = :evidence, guidance = :guidance
                            where set_id = :set and code = :code""")
                    .param("set", set.id())
                    .param("code", d.code())
                    .param("position", d.position())
                    .param("vi", d.titleVi())
                    .param("en", ItemDraft.blankToNull(d.titleEn()))
                    .param("max", d.maxPoints())
                    .param("min", d.minPoints())
                    .param("method", d.method().name())
                    .param("rule", ItemDraft.blankToNull(d.rule()))
                    .param("evidence", d.evidenceRequired())
                    .param("guidance", ItemDraft.blankToNull(d.guidance()))
                    .update();
        }
        // parents and levels of every item of the file (a moved item moves its subtree's levels too)
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code from index_item where set_id = :set")
                .param("set", set.id())
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        template.batchUpdate(
                "update index_item set parent_id = ?, item_level = ? where id = ?",
                merged.values().stream()
                        .map(d -> new Object[] {
                            d.parentCode() == null ? null : ids.get(d.parentCode()),
                            levels.get(d.code()),
                            ids.get(d.code())
                        })
                        .toList());
        audit.changes(IndexSetService.AUDIT_TYPE, set.code(), null)
                .field("items", null, "+" + created.size() + " ~" + updated.size())
                .save("IMPORT_UPDATE");
    }

    /** The items of a set as an XLSX sheet in the import's columns and tree order (importing it back changes nothing). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public byte[] exportXlsx(String setCode) {
        IndexSetSummary set = catalog.set(setCode)
                .orElseThrow(() -> new org.parsteering.base.BusinessException("index.error.setNotFound", setCode));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(FORMAT.name());
            List<String> header =
                    FORMAT.columns().stream().map(ImportColumn::name).toList();
            var head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            int r = 1;
            for (List<?> cells : exportRows(set)) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof BigDecimal n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (cells.get(c) != null) {
                        row.createCell(c).setCellValue(cells.get(c).toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, (c == 3 || c == 4 || c == 10 ? 40 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The items of a set as a CSV in the import's columns and tree order (importing it back changes nothing). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public byte[] export(String setCode) {
        IndexSetSummary set = catalog.set(setCode)
                .orElseThrow(() -> new org.parsteering.base.BusinessException("index.error.setNotFound", setCode));
        List<List<?>> rows = exportRows(set);
        List<String> header = FORMAT.columns().stream().map(ImportColumn::name).toList();
        return CsvFile.write(header, rows);
    }

    /** The rows of a set's export, in the import's columns and tree order (numbers as numbers). */
    private List<List<?>> exportRows(IndexSetSummary set) {
        List<List<?>> rows = new ArrayList<>();
        for (IndexItem i : catalog.items(set.id())) {
            rows.add(java.util.Arrays.asList(
                    set.code(),
                    i.code(),
                    i.parentCode(),
                    i.titleVi(),
                    i.titleEn(),
                    number(i.maxPoints()),
                    i.minPoints().signum() == 0 ? null : number(i.minPoints()),
                    i.method().name(),
                    i.rule(),
                    i.evidenceRequired() ? "Y" : "N",
                    i.guidance()));
        }
        return rows;
    }

    /** A number as the file writes it: {@code 20}, {@code 1.5}, {@code -3} (a number cell, never prefixed). */
    private static BigDecimal number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
