package org.parsteering.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parsteering.audit.AuditService;
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
import org.parsteering.unit.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the points of IMPORTED items (SPEC 3a {@code index-scores}: survey results, points the national portal
 * publishes), key set + year + unit + item; the committee's and the secretary's. The round must exist and not be
 * published, the unit be assessed in it and the item be an IMPORTED leaf, the points within its range. All or
 * nothing, every bad row reported; re-importing the same file changes nothing.
 */
@Service
@Transactional
public class IndexScoreImportService {

    public static final TabularFormat FORMAT = new TabularFormat(
            "index_scores",
            ImportColumn.required("set_code", "import.rule.index_scores.set_code", "PARINDEX-2026", "QD766"),
            ImportColumn.required("year", "import.rule.index_scores.year", "2026", "2024"),
            ImportColumn.required("unit_code", "import.rule.index_scores.unit_code", "XA-LUONGSON", "XA-BAISON"),
            ImportColumn.required("item_code", "import.rule.index_scores.item_code", "8.1.1", "5.4"),
            ImportColumn.required("points", "import.rule.index_scores.points", "5.25", "6"),
            ImportColumn.optional(
                    "note", "import.rule.index_scores.note", "Điều tra xã hội học 2026", "Cổng DVC quốc gia, quý 1"));

    private static final java.util.regex.Pattern UNIT_CODE = java.util.regex.Pattern.compile(Unit.CODE_PATTERN);

    private final AssessmentService assessments;
    private final IndexCatalog catalog;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final DataVersion dataVersion;

    IndexScoreImportService(
            AssessmentService assessments,
            IndexCatalog catalog,
            JdbcClient jdbc,
            AuditService audit,
            DataVersion dataVersion) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.dataVersion = dataVersion;
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void checkMayImport() {
        // the rule is the annotation
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importFile(byte[] content, String fileName) {
        return importScores(TabularReader.read(content, fileName, FORMAT));
    }

    private record Write(
            long roundId,
            long unitId,
            long itemId,
            BigDecimal points,
            String note,
            String key,
            String unitCode,
            BigDecimal old) {}

    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    @RetryOnConflict
    public ImportResult importScores(TabularFile file) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Optional<RoundSummary>> rounds = new HashMap<>();
        Map<String, Map<String, IndexItem>> itemsBySet = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Write> writes = new ArrayList<>();
        int unchanged = 0;
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            RowParser p = new RowParser(row, errors);
            String setCode = p.code("set_code", true, 40, IndexSetService.CODE);
            Integer year = p.integer("year", true, 2000);
            String unitCode = p.code("unit_code", true, Unit.CODE_LENGTH, UNIT_CODE);
            String itemCode = p.code("item_code", true, 40, IndexSetImportService.ITEM_CODE);
            BigDecimal points =
                    p.decimal("points", true, 2, IndexSetImportService.LIMIT.negate(), IndexSetImportService.LIMIT);
            String note = p.text("note", false, 500);
            if (errors.size() > before) {
                continue;
            }
            RoundSummary round = rounds.computeIfAbsent(setCode + "/" + year, k -> assessments.findRound(setCode, year))
                    .orElse(null);
            if (round == null) {
                p.error("year", "index.scores.error.noRound", setCode, String.valueOf(year));
                continue;
            }
            if (round.state() == RoundState.PUBLISHED) {
                p.error("year", "index.round.error.published");
                continue;
            }
            IndexItem item = itemsBySet
                    .computeIfAbsent(setCode, c -> {
                        Map<String, IndexItem> m = new HashMap<>();
                        catalog.set(c).ifPresent(s -> catalog.items(s.id()).forEach(i -> m.put(i.code(), i)));
                        return m;
                    })
                    .get(itemCode);
            if (item == null) {
                p.error("item_code", "index.round.error.itemNotFound", itemCode);
                continue;
            }
            if (item.method() != ScoringMethod.IMPORTED) {
                p.error("item_code", "index.scores.error.notImported", itemCode);
                continue;
            }
            if (points.compareTo(item.minPoints()) < 0 || points.compareTo(item.maxPoints()) > 0) {
                p.error(
                        "points",
                        "index.round.error.pointsRange",
                        IndexTreeCheck.plain(points),
                        IndexTreeCheck.plain(item.minPoints()),
                        IndexTreeCheck.plain(item.maxPoints()));
                continue;
            }
            String key = round.key() + "/" + unitCode + "/" + itemCode;
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                p.error("item_code", "index.import.error.duplicate", itemCode, first);
                continue;
            }
            List<Map<String, Object>> score = jdbc.sql("""
                            select s.unit_id, s.imported_points, s.imported_note from index_score s
                            join unit u on u.id = s.unit_id
                            where s.round_id = :round and u.code = :unit and s.item_id = :item""")
                    .param("round", round.id())
                    .param("unit", unitCode)
                    .param("item", item.id())
                    .query()
                    .listOfRows();
            if (score.isEmpty()) {
                p.error("unit_code", "index.round.error.unitNotInRound", unitCode);
                continue;
            }
            Map<String, Object> s = score.getFirst();
            BigDecimal old = (BigDecimal) s.get("imported_points");
            if (old != null && old.compareTo(points) == 0 && java.util.Objects.equals(s.get("imported_note"), note)) {
                unchanged++;
                continue;
            }
            writes.add(new Write(
                    round.id(), ((Number) s.get("unit_id")).longValue(), item.id(), points, note, key, unitCode, old));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }
        int created = 0;
        int updated = 0;
        for (Write w : writes) {
            assessments.importPoints(w.roundId(), w.unitId(), w.itemId(), w.points(), w.note());
            audit.changes(AssessmentService.SCORE_AUDIT, w.key(), w.unitCode())
                    .field("importedPoints", w.old(), w.points())
                    .save(w.old() == null ? "IMPORT_CREATE" : "IMPORT_UPDATE");
            if (w.old() == null) {
                created++;
            } else {
                updated++;
            }
        }
        if (!writes.isEmpty()) {
            dataVersion.changed();
        }
        return new ImportResult(created, updated, unchanged);
    }
}
