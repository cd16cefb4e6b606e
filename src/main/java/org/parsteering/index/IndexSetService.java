package org.parsteering.index;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.DataVersion;
import org.parsteering.base.Roles;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Index sets (SPEC 3a): everyone signed in reads them; the secretary creates, edits, copies to a new year and
 * deletes them. The items of a set come through {@link IndexSetImportService} (CSV/XLSX, all or nothing) so that
 * the tree is always checked whole. A set some round uses keeps its tree: its maximum cannot change and it cannot
 * be deleted.
 */
@Service
@Transactional
public class IndexSetService {

    public static final String AUDIT_TYPE = "INDEX_SET";
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    public static final int NAME_LENGTH = 300;
    public static final int MAX_BANDS = 8;
    static final BigDecimal MAX_SET_POINTS = new BigDecimal("10000");

    private final IndexCatalog catalog;
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final AuditService audit;
    private final DataVersion dataVersion;
    private final Clock clock;

    IndexSetService(
            IndexCatalog catalog,
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate template,
            AuditService audit,
            DataVersion dataVersion,
            Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** Every set, newest year first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<IndexSetSummary> sets() {
        return catalog.sets();
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<IndexSetSummary> set(String code) {
        return code == null ? Optional.empty() : catalog.set(code);
    }

    /** The items of a set in tree order (empty for an unknown set). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<IndexItem> items(String code) {
        return set(code).map(s -> catalog.items(s.id())).orElse(List.of());
    }

    /** How many rounds use the set: a set in use keeps its tree. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public int roundCount(String code) {
        return jdbc.sql("select count(*) from index_round r join index_set s on s.id = r.set_id where s.code = :code")
                .param("code", code)
                .query(Integer.class)
                .single();
    }

    /** Creates a set without items (they come by import); refused when the code is taken or a field is wrong. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public IndexSetSummary create(IndexSetDraft draft) {
        String code = checkCode(draft.code());
        if (catalog.set(code).isPresent()) {
            throw new BusinessException("index.error.codeTaken", code);
        }
        check(draft);
        String family = draft.family() == null || draft.family().isBlank() ? code : checkCode(draft.family());
        jdbc.sql("""
                        insert into index_set (code, family, name_vi, name_en, year_of_set, legal_basis, unit_types,
                        max_points, created_at, created_by)
                        values (:code, :family, :vi, :en, :year, :basis, :types, :max, :now, :by)""")
                .param("code", code)
                .param("family", family)
                .param("vi", draft.nameVi().strip())
                .param("en", draft.nameEn().strip())
                .param("year", draft.year())
                .param("basis", blankToNull(draft.legalBasis()))
                .param("types", types(draft))
                .param("max", draft.maxPoints())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", AuditService.currentActor())
                .update();
        long id = id(code);
        writeBands(id, draft.bands());
        audit.changes(AUDIT_TYPE, code, null)
                .field("name", null, draft.nameVi().strip())
                .field("year", null, draft.year())
                .field("maxPoints", null, draft.maxPoints().toPlainString())
                .save("CREATE");
        dataVersion.changed();
        return catalog.set(id).orElseThrow();
    }

    /**
     * Changes a set's names, year, legal basis, unit types, maximum and bands ({@code version} is the one the caller
     * saw). The maximum must stay the sum of the areas when the set has items, and cannot change once a round uses it.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public IndexSetSummary update(String code, IndexSetDraft draft, long version) {
        IndexSetSummary old =
                catalog.set(code).orElseThrow(() -> new BusinessException("index.error.setNotFound", code));
        if (old.version() != version) {
            throw new ConcurrentEditException(audit.lastActor(AUDIT_TYPE, code).orElse(null));
        }
        check(draft);
        boolean inUse = roundCount(code) > 0;
        if (inUse
                && (old.year() != draft.year()
                        || !old.unitTypes().equals(draft.unitTypes())
                        || !bandText(old.bands()).equals(bandText(draft.bands())))) {
            // a round's results are read with the set's bands and unit types: they stay as they were scored
            throw new BusinessException("index.error.setInUse", code);
        }
        if (old.maxPoints().compareTo(draft.maxPoints()) != 0) {
            if (roundCount(code) > 0) {
                throw new BusinessException("index.error.setInUse", code);
            }
            BigDecimal top =
                    jdbc.sql("""
                            select coalesce(sum(max_points), 0) from index_item
                            where set_id = :set and parent_id is null and min_points >= 0""").param("set", old.id()).query(BigDecimal.class).single();
            boolean hasItems = jdbc.sql("select count(*) from index_item where set_id = :set")
                            .param("set", old.id())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (hasItems && top.compareTo(draft.maxPoints()) != 0) {
                throw new BusinessException(
                        "index.import.error.topSum",
                        IndexTreeCheck.plain(top),
                        IndexTreeCheck.plain(draft.maxPoints()));
            }
        }
        int rows = jdbc.sql("""
                        update index_set set version = version + 1, name_vi = :vi, name_en = :en, year_of_set = :year,
                        legal_basis = :basis, unit_types = :types, max_points = :max
                        where id = :id and version = :version""")
                .param("vi", draft.nameVi().strip())
                .param("en", draft.nameEn().strip())
                .param("year", draft.year())
                .param("basis", blankToNull(draft.legalBasis()))
                .param("types", types(draft))
                .param("max", draft.maxPoints())
                .param("id", old.id())
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException(audit.lastActor(AUDIT_TYPE, code).orElse(null));
        }
        jdbc.sql("delete from index_band where set_id = :set")
                .param("set", old.id())
                .update();
        writeBands(old.id(), draft.bands());
        audit.changes(AUDIT_TYPE, code, null)
                .field("name", old.nameVi(), draft.nameVi().strip())
                .field("nameEn", old.nameEn(), draft.nameEn().strip())
                .field("year", old.year(), draft.year())
                .field("legalBasis", old.legalBasis(), blankToNull(draft.legalBasis()))
                .field("unitTypes", typeText(old.unitTypes()), types(draft))
                .field(
                        "maxPoints",
                        old.maxPoints().toPlainString(),
                        draft.maxPoints().toPlainString())
                .field("bands", bandText(old.bands()), bandText(draft.bands()))
                .save("UPDATE");
        dataVersion.changed();
        return catalog.set(old.id()).orElseThrow();
    }

    /**
     * Copies a set, its bands and its whole tree to a new year under a new code, in the same family, so that the
     * new year's round is compared with the old one's.
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public IndexSetSummary copyToYear(String code, String newCode, int year) {
        IndexSetSummary old =
                catalog.set(code).orElseThrow(() -> new BusinessException("index.error.setNotFound", code));
        IndexSetDraft draft = new IndexSetDraft(
                newCode,
                old.family(),
                old.nameVi(),
                old.nameEn(),
                year,
                old.legalBasis(),
                old.unitTypes(),
                old.maxPoints(),
                old.bands());
        IndexSetSummary copy = create(draft);
        // the tree in one statement, then each item's parent by code (codes are unique within a set)
        jdbc.sql("""
                        insert into index_item (set_id, code, parent_id, position, item_level, title_vi, title_en,
                        max_points, min_points, method, rule_text, evidence_required, guidance)
                        select :copy, code, null, position, item_level, title_vi, title_en, max_points, min_points,
                        method, rule_text, evidence_required, guidance from index_item where set_id = :old""").param("copy", copy.id()).param("old", old.id()).update();
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code from index_item where set_id = :set")
                .param("set", copy.id())
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        template.batchUpdate(
                "update index_item set parent_id = ? where id = ?",
                catalog.items(old.id()).stream()
                        .filter(i -> i.parentCode() != null)
                        .map(i -> new Object[] {ids.get(i.parentCode()), ids.get(i.code())})
                        .toList());
        audit.changes(AUDIT_TYPE, copy.code(), null)
                .field("copiedFrom", null, code)
                .save("COPY");
        return copy;
    }

    /** Deletes a set that no round uses and no task is tied to. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public void delete(String code) {
        IndexSetSummary set =
                catalog.set(code).orElseThrow(() -> new BusinessException("index.error.setNotFound", code));
        if (roundCount(code) > 0) {
            throw new BusinessException("index.error.setInUse", code);
        }
        int linked = jdbc.sql("""
                        select count(*) from task_criterion tc join index_item i on i.id = tc.item_id
                        where i.set_id = :set""").param("set", set.id()).query(Integer.class).single();
        if (linked > 0) {
            throw new BusinessException("index.error.setLinked", code, linked);
        }
        // children before parents: the deepest level first
        jdbc.sql("update index_item set parent_id = null where set_id = :set")
                .param("set", set.id())
                .update();
        jdbc.sql("delete from index_item where set_id = :set")
                .param("set", set.id())
                .update();
        jdbc.sql("delete from index_band where set_id = :set")
                .param("set", set.id())
                .update();
        jdbc.sql("delete from index_set where id = :set").param("set", set.id()).update();
        audit.action(AUDIT_TYPE, code, null, "DELETE");
        dataVersion.changed();
    }

    private long id(String code) {
        return jdbc.sql("select id from index_set where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private void writeBands(long setId, List<IndexBand> bands) {
        int position = 1;
        for (IndexBand b : bands) {
            jdbc.sql("""
                            insert into index_band (set_id, position, name_vi, name_en, lower_percent)
                            values (:set, :position, :vi, :en, :lower)""")
                    .param("set", setId)
                    .param("position", position++)
                    .param("vi", b.nameVi().strip())
                    .param("en", b.nameEn().strip())
                    .param("lower", b.lowerPercent())
                    .update();
        }
    }

    static String checkCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new BusinessException("index.error.badCode", code == null ? "" : code);
        }
        return c;
    }

    private static void check(IndexSetDraft d) {
        if (blankToNull(d.nameVi()) == null || blankToNull(d.nameEn()) == null) {
            throw new BusinessException("index.error.nameRequired");
        }
        if (d.nameVi().strip().length() > NAME_LENGTH || d.nameEn().strip().length() > NAME_LENGTH) {
            throw new BusinessException("index.error.nameTooLong", NAME_LENGTH);
        }
        if (d.legalBasis() != null && d.legalBasis().strip().length() > NAME_LENGTH) {
            throw new BusinessException("index.error.nameTooLong", NAME_LENGTH);
        }
        if (d.year() < 2000 || d.year() > 2100) {
            throw new BusinessException("index.error.badYear", String.valueOf(d.year()));
        }
        if (d.unitTypes().isEmpty()) {
            throw new BusinessException("index.error.noUnitTypes");
        }
        if (d.maxPoints() == null
                || d.maxPoints().signum() <= 0
                || d.maxPoints().compareTo(MAX_SET_POINTS) > 0
                || d.maxPoints().stripTrailingZeros().scale() > 2) {
            throw new BusinessException("index.error.badMax", d.maxPoints() == null ? "" : d.maxPoints());
        }
        if (d.bands().size() > MAX_BANDS) {
            throw new BusinessException("index.error.tooManyBands", MAX_BANDS);
        }
        BigDecimal previous = null;
        for (IndexBand b : d.bands()) {
            if (blankToNull(b.nameVi()) == null
                    || blankToNull(b.nameEn()) == null
                    || b.nameVi().strip().length() > 100
                    || b.nameEn().strip().length() > 100) {
                throw new BusinessException("index.error.bandName");
            }
            if (b.lowerPercent() == null
                    || b.lowerPercent().signum() < 0
                    || b.lowerPercent().compareTo(BigDecimal.valueOf(100)) > 0
                    || (previous != null && b.lowerPercent().compareTo(previous) >= 0)) {
                throw new BusinessException("index.error.bandOrder");
            }
            previous = b.lowerPercent();
        }
    }

    private static String types(IndexSetDraft d) {
        return typeText(d.unitTypes());
    }

    private static String typeText(java.util.Set<UnitType> types) {
        return new TreeSet<>(types.stream().map(Enum::name).collect(Collectors.toSet()))
                .stream().collect(Collectors.joining(";"));
    }

    private static String bandText(List<IndexBand> bands) {
        return bands.stream()
                .map(b -> b.nameVi() + " ≥ " + IndexTreeCheck.plain(b.lowerPercent()) + " %")
                .collect(Collectors.joining("; "));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
