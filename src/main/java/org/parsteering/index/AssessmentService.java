package org.parsteering.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.DataVersion;
import org.parsteering.base.PublicIds;
import org.parsteering.base.Role;
import org.parsteering.base.Roles;
import org.parsteering.calendar.PeriodLocks;
import org.parsteering.plan.EvidenceTypes;
import org.parsteering.plan.EvidenceUpload;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment rounds (SPEC 3a): the committee opens a round of a set for a year's units; each unit head scores
 * their unit's MANUAL items with a comment and evidence — or a written reason where the item requires evidence and
 * there is none — and submits (then read-only); the committee appraises each point (never their own unit's; a
 * changed point needs a reason); where the round has an appeal window, the unit may appeal a changed point once
 * and the committee decides; publication computes and freezes the FORMULA and TASKS points and the final points,
 * after which nothing changes. Every step is audited; scores carry a version, so that two people saving the same
 * score are told rather than overwritten.
 */
@Service
@Transactional
public class AssessmentService {

    public static final String ROUND_AUDIT = "INDEX_ROUND";
    public static final String SCORE_AUDIT = "INDEX_SCORE";
    public static final int TEXT_LENGTH = 2000;
    public static final int MAX_EVIDENCE = 10;

    private final IndexCatalog catalog;
    private final FormulaScorer scorer;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final PeriodLocks periodLocks;

    AssessmentService(
            IndexCatalog catalog,
            FormulaScorer scorer,
            JdbcClient jdbc,
            JdbcTemplate template,
            CurrentUser currentUser,
            AuditService audit,
            DataVersion dataVersion,
            Clock clock,
            PeriodLocks periodLocks) {
        this.periodLocks = periodLocks;
        this.catalog = catalog;
        this.scorer = scorer;
        this.jdbc = jdbc;
        this.template = template;
        this.currentUser = currentUser;
        this.audit = audit;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- rounds

    static final String ROUND_SELECT = """
            select r.*, s.code as set_code, s.family, s.name_vi, s.name_en,
              (select count(*) from index_round_unit u where u.round_id = r.id) as unit_count,
              (select count(*) from index_round_unit u where u.round_id = r.id and u.submitted_at is not null)
                as submitted_count
            from index_round r join index_set s on s.id = r.set_id""";

    static RoundSummary round(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        java.sql.Date appeal = rs.getDate("appeal_due");
        return new RoundSummary(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getString("set_code"),
                rs.getString("family"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getInt("round_year"),
                RoundState.valueOf(rs.getString("state")),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                rs.getDate("self_due").toLocalDate(),
                rs.getDate("appraisal_due").toLocalDate(),
                appeal == null ? null : appeal.toLocalDate(),
                rs.getInt("unit_count"),
                rs.getInt("submitted_count"),
                published == null ? null : published.toInstant(),
                rs.getString("published_by"));
    }

    /** Every round, newest year first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        return jdbc.sql(ROUND_SELECT + " order by r.round_year desc, s.code")
                .query((rs, i) -> round(rs))
                .list();
    }

    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<RoundSummary> round(long roundId) {
        return findRound(roundId);
    }

    /** The round of a set and year. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<RoundSummary> round(String setCode, int year) {
        return findRound(setCode, year);
    }

    /** The rounds a unit is assessed in, newest first (a unit head: only their own unit). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<RoundSummary> roundsOf(String unitCode) {
        long unitId = unitId(unitCode);
        requireMayRead(unitId);
        return jdbc.sql(ROUND_SELECT
                        + " where exists (select 1 from index_round_unit u where u.round_id = r.id and u.unit_id = :unit)"
                        + " order by r.round_year desc, s.code")
                .param("unit", unitId)
                .query((rs, i) -> round(rs))
                .list();
    }

    Optional<RoundSummary> findRound(String setCode, int year) {
        return jdbc.sql(ROUND_SELECT + " where s.code = :code and r.round_year = :year")
                .param("code", setCode)
                .param("year", year)
                .query((rs, i) -> round(rs))
                .optional();
    }

    Optional<RoundSummary> findRound(long roundId) {
        return jdbc.sql(ROUND_SELECT + " where r.id = :id")
                .param("id", roundId)
                .query((rs, i) -> round(rs))
                .optional();
    }

    /**
     * The round, its row locked until the transaction ends: every write on a round's scores takes it first, so a
     * score cannot change while the round moves on (submission, appraisal, publication) and each write sees the stage
     * the round is really in. A round assesses its year as at its last day: once the period holding 31 December is
     * locked (SPEC 4a), nothing of the round changes.
     */
    private RoundSummary lockRound(long roundId) {
        jdbc.sql("select id from index_round where id = :id for update")
                .param("id", roundId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new BusinessException("index.round.error.notFound", roundId));
        RoundSummary round = requireRound(roundId);
        periodLocks.checkOpen(LocalDate.of(round.year(), 12, 31));
        return round;
    }

    private RoundSummary requireRound(long roundId) {
        return findRound(roundId).orElseThrow(() -> new BusinessException("index.round.error.notFound", roundId));
    }

    /**
     * Opens a round: one score row for every unit × leaf item. Refused for an unknown set, a year the set already
     * has a round for, a unit not active or not of the set's unit types, or deadlines out of order.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RoundSummary open(RoundDraft draft) {
        IndexSetSummary set = catalog.set(draft.setCode() == null ? "" : draft.setCode())
                .orElseThrow(() -> new BusinessException("index.error.setNotFound", draft.setCode()));
        if (draft.year() < 2000 || draft.year() > 2100) {
            throw new BusinessException("index.error.badYear", String.valueOf(draft.year()));
        }
        if (draft.periodFrom() == null
                || draft.periodTo() == null
                || draft.selfDue() == null
                || draft.appraisalDue() == null) {
            throw new BusinessException("index.round.error.datesRequired");
        }
        if (draft.periodFrom().isAfter(draft.periodTo())) {
            throw new BusinessException("index.round.error.period");
        }
        if (draft.appraisalDue().isBefore(draft.selfDue())
                || (draft.appealDue() != null && draft.appealDue().isBefore(draft.appraisalDue()))) {
            throw new BusinessException("index.round.error.deadlines");
        }
        if (findRound(set.code(), draft.year()).isPresent()) {
            throw new BusinessException("index.round.error.exists", set.code(), String.valueOf(draft.year()));
        }
        List<IndexItem> leaves = IndexTree.leaves(catalog.items(set.id()));
        if (leaves.isEmpty()) {
            throw new BusinessException("index.round.error.noItems", set.code());
        }
        LocalDate today = LocalDate.now(clock);
        List<long[]> units = units(set, draft.unitCodes(), today);
        if (units.isEmpty()) {
            throw new BusinessException("index.round.error.noUnits");
        }
        Timestamp now = Timestamp.from(clock.instant());
        String actor = actor();
        jdbc.sql("""
                        insert into index_round (set_id, round_year, state, period_from, period_to, self_due,
                        appraisal_due, appeal_due, opened_at, opened_by)
                        values (:set, :year, 'OPEN', :from, :to, :self, :appraisal, :appeal, :now, :by)""")
                .param("set", set.id())
                .param("year", draft.year())
                .param("from", draft.periodFrom())
                .param("to", draft.periodTo())
                .param("self", draft.selfDue())
                .param("appraisal", draft.appraisalDue())
                .param("appeal", draft.appealDue())
                .param("now", now)
                .param("by", actor)
                .update();
        long roundId = jdbc.sql("select id from index_round where set_id = :set and round_year = :year")
                .param("set", set.id())
                .param("year", draft.year())
                .query(Long.class)
                .single();
        template.batchUpdate(
                "insert into index_round_unit (round_id, unit_id) values (?, ?)",
                units.stream().map(u -> new Object[] {roundId, u[0]}).toList());
        List<Object[]> scores = new ArrayList<>(units.size() * leaves.size());
        for (long[] u : units) {
            for (IndexItem i : leaves) {
                scores.add(new Object[] {roundId, u[0], i.id()});
            }
        }
        template.batchUpdate("insert into index_score (round_id, unit_id, item_id) values (?, ?, ?)", scores);
        RoundSummary round = requireRound(roundId);
        audit.changes(ROUND_AUDIT, round.key(), null)
                .field("state", null, RoundState.OPEN.name())
                .field("units", null, units.size())
                .field("selfDue", null, draft.selfDue())
                .field("appraisalDue", null, draft.appraisalDue())
                .field("appealDue", null, draft.appealDue())
                .save("CREATE");
        dataVersion.changed();
        return round;
    }

    /** The ids of the units to assess: the given codes, or every active unit of the set's types. */
    private List<long[]> units(IndexSetSummary set, List<String> codes, LocalDate today) {
        List<Map.Entry<String, long[]>> active = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        jdbc.sql("""
                        select id, code, unit_type from unit
                        where (active_from is null or active_from <= :today) and (active_to is null or active_to >= :today)
                        order by code""").param("today", today).query(rs -> {
            active.add(Map.entry(rs.getString("code"), new long[] {rs.getLong("id")}));
            types.put(rs.getString("code"), rs.getString("unit_type"));
        });
        Set<String> allowed = set.unitTypes().stream().map(Enum::name).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return active.stream()
                    .filter(e -> allowed.contains(types.get(e.getKey())))
                    .map(Map.Entry::getValue)
                    .toList();
        }
        Map<String, long[]> byCode = active.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<long[]> out = new ArrayList<>();
        for (String c : new LinkedHashSet<>(codes)) {
            long[] id = byCode.get(c);
            if (id == null) {
                throw new BusinessException("index.round.error.unitNotActive", c);
            }
            if (!allowed.contains(types.get(c))) {
                throw new BusinessException("index.round.error.unitType", c, set.code());
            }
            out.add(id);
        }
        return out;
    }

    /** Moves a round from self-assessment to appraisal (the units that have not submitted can no longer score). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RoundSummary startAppraisal(long roundId, long version) {
        return move(roundId, version, RoundState.OPEN, RoundState.APPRAISAL);
    }

    /** Opens the appeal window of a round that has one, after appraisal. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RoundSummary openAppeals(long roundId, long version) {
        RoundSummary round = requireRound(roundId);
        if (!round.hasAppeals()) {
            throw new BusinessException("index.round.error.noAppeals");
        }
        return move(roundId, version, RoundState.APPRAISAL, RoundState.APPEAL);
    }

    private RoundSummary move(long roundId, long version, RoundState from, RoundState to) {
        RoundSummary round = lockRound(roundId);
        if (round.state() != from) {
            throw new BusinessException(
                    "index.round.error.state." + round.state().name());
        }
        bumpRound(round, version, to, null);
        audit.changes(ROUND_AUDIT, round.key(), null)
                .field("state", from.name(), to.name())
                .save("UPDATE");
        dataVersion.changed();
        return requireRound(roundId);
    }

    private void bumpRound(RoundSummary round, long version, RoundState to, String publishedBy) {
        int rows = jdbc.sql("""
                        update index_round set version = version + 1, state = :to,
                        published_at = case when :published = 1 then :now else published_at end,
                        published_by = case when :published = 1 then :by else published_by end
                        where id = :id and version = :version""")
                .param("to", to.name())
                .param("published", publishedBy == null ? 0 : 1)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", publishedBy)
                .param("id", round.id())
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException(
                    audit.lastActor(ROUND_AUDIT, round.key()).orElse(null));
        }
    }

    /**
     * Publishes a round: the FORMULA and TASKS points are computed over the round's period and frozen, every final
     * point is stored, and nothing can change any more. Refused while an appeal waits for its decision, and for a
     * round with an appeal window that has not opened it.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RoundSummary publish(long roundId, long version) {
        RoundSummary round = lockRound(roundId);
        RoundState expected = round.hasAppeals() ? RoundState.APPEAL : RoundState.APPRAISAL;
        if (round.state() != expected) {
            throw new BusinessException(
                    "index.round.error.state." + round.state().name());
        }
        int pending = jdbc.sql("""
                        select count(*) from index_score
                        where round_id = :round and appeal_reason is not null and appeal_decision is null""").param("round", roundId).query(Integer.class).single();
        if (pending > 0) {
            throw new BusinessException("index.round.error.appealsPending", pending);
        }
        if (round.hasAppeals() && !LocalDate.now(clock).isAfter(round.appealDue())) {
            int appealable =
                    jdbc.sql("""
                            select count(*) from index_score
                            where round_id = :round and appraised_points is not null and appeal_reason is null
                            and (self_points is null or appraised_points <> self_points)""").param("round", roundId).query(Integer.class).single();
            if (appealable > 0) {
                throw new BusinessException("index.round.error.appealWindowOpen", round.appealDue(), appealable);
            }
        }
        bumpRound(round, version, RoundState.PUBLISHED, actor());
        freezeComputed(round);
        jdbc.sql("""
                        update index_score set final_points = case
                          when item_id in (select id from index_item where method = 'MANUAL')
                            then coalesce(decided_points, appraised_points, case when exists (
                              select 1 from index_round_unit ru where ru.round_id = index_score.round_id
                              and ru.unit_id = index_score.unit_id and ru.submitted_at is not null)
                              then self_points end)
                          when item_id in (select id from index_item where method = 'IMPORTED') then imported_points
                          when item_id in (select id from index_item where method in ('FORMULA', 'TASKS'))
                            then computed_points
                          else null end
                        where round_id = :round""").param("round", roundId).update();
        audit.changes(ROUND_AUDIT, round.key(), null)
                .field("state", round.state().name(), RoundState.PUBLISHED.name())
                .save("UPDATE");
        dataVersion.changed();
        return requireRound(roundId);
    }

    /** Stores the FORMULA and TASKS points of every unit of a round, computed over its period. */
    private void freezeComputed(RoundSummary round) {
        IndexSetSummary set = catalog.set(round.setCode()).orElseThrow();
        List<IndexItem> items = catalog.items(set.id());
        Map<String, Map<Long, ComputedPoints>> computed = scorer.score(items, round.periodFrom(), round.periodTo());
        Map<Long, String> unitCodes = roundUnits(round.id());
        List<Object[]> rows = new ArrayList<>();
        for (IndexItem i : IndexTree.leaves(items)) {
            if (!i.method().computed()) {
                continue;
            }
            for (var u : unitCodes.entrySet()) {
                ComputedPoints p = computed.getOrDefault(u.getValue(), Map.of()).get(i.id());
                rows.add(new Object[] {p == null ? null : p.points(), note(p), round.id(), u.getKey(), i.id()});
            }
        }
        template.batchUpdate(
                "update index_score set computed_points = ?, computed_note = ? where round_id = ? and unit_id = ?"
                        + " and item_id = ?",
                rows);
    }

    static String note(ComputedPoints p) {
        return p == null ? "0/0" : p.numerator() + "/" + p.denominator();
    }

    private Map<Long, String> roundUnits(long roundId) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select u.id, u.code from index_round_unit ru join unit u on u.id = ru.unit_id
                        where ru.round_id = :round order by u.code""").param("round", roundId).query(rs -> {
            out.put(rs.getLong("id"), rs.getString("code"));
        });
        return out;
    }

    // ---------------------------------------------------------------- a unit's sheet

    /**
     * A unit's page of a round: every item with its points — FORMULA and TASKS points live until publication —,
     * the evidence and the total. A unit head reads only their own unit's.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public UnitSheet sheet(long roundId, String unitCode) {
        RoundSummary round = requireRound(roundId);
        long unitId = unitId(unitCode);
        requireMayRead(unitId);
        return sheet(round, unitId, unitCode);
    }

    UnitSheet sheet(RoundSummary round, long unitId, String unitCode) {
        List<UnitSheet> one = sheets(round, unitId);
        if (one.isEmpty()) {
            throw new BusinessException("index.round.error.unitNotInRound", unitCode);
        }
        return one.getFirst();
    }

    /**
     * The sheets of every unit of a round (by unit code), for the committee, the secretary and the inspector: one
     * query of the scores and one computation of the FORMULA and TASKS points for all of them.
     */
    @PreAuthorize(Roles.CAN_READ_ALL)
    @Transactional(readOnly = true)
    public List<UnitSheet> sheets(long roundId) {
        return sheets(requireRound(roundId), null);
    }

    /** The sheets of a round's units, or of one unit ({@code unitId} not null). */
    List<UnitSheet> sheets(RoundSummary round, Long unitId) {
        return sheets(round, unitId, true);
    }

    List<UnitSheet> sheets(RoundSummary round, Long unitId, boolean computeLive) {
        String only = unitId == null ? "" : " and ru.unit_id = :unit";
        List<Map<String, Object>> units = jdbc.sql("""
                        select ru.unit_id, ru.submitted_at, ru.submitted_by, u.code, u.name from index_round_unit ru
                        join unit u on u.id = ru.unit_id where ru.round_id = :round""" + only + " order by u.code")
                .param("round", round.id())
                .param("unit", unitId == null ? 0L : unitId)
                .query()
                .listOfRows();
        if (units.isEmpty()) {
            return List.of();
        }
        IndexSetSummary set = catalog.set(round.setCode()).orElseThrow();
        List<IndexItem> items = catalog.items(set.id());
        Map<Long, IndexItem> byId = items.stream().collect(Collectors.toMap(IndexItem::id, i -> i));
        boolean published = round.state() == RoundState.PUBLISHED;
        Map<String, Map<Long, ComputedPoints>> live =
                published || !computeLive ? Map.of() : scorer.score(items, round.periodFrom(), round.periodTo());
        Map<Long, List<ScoreEvidence>> evidence = evidence(round.id(), unitId);
        Map<Long, String> codes = new HashMap<>();
        units.forEach(u -> codes.put(((Number) u.get("unit_id")).longValue(), (String) u.get("code")));
        Map<Long, Map<Long, ScoreLine>> byUnit = new HashMap<>();
        jdbc.sql("select * from index_score where round_id = :round" + (unitId == null ? "" : " and unit_id = :unit"))
                .param("round", round.id())
                .param("unit", unitId == null ? 0L : unitId)
                .query(rs -> {
                    long unit = rs.getLong("unit_id");
                    ScoreLine l = line(rs, byId, live.getOrDefault(codes.get(unit), Map.of()), evidence, published);
                    byUnit.computeIfAbsent(unit, k -> new HashMap<>())
                            .put(l.item().id(), l);
                });
        List<UnitSheet> out = new ArrayList<>();
        for (Map<String, Object> u : units) {
            long id = ((Number) u.get("unit_id")).longValue();
            Map<Long, ScoreLine> byItem = byUnit.getOrDefault(id, Map.of());
            List<ScoreLine> ordered = items.stream()
                    .map(i -> byItem.get(i.id()))
                    .filter(l -> l != null)
                    .toList();
            Map<Long, BigDecimal> totals = rollUp(items, byItem);
            BigDecimal total = items.stream()
                    .filter(i -> i.parentId() == null)
                    .map(i -> totals.get(i.id()))
                    .filter(t -> t != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Timestamp submitted = (Timestamp) u.get("submitted_at");
            out.add(new UnitSheet(
                    round,
                    (String) u.get("code"),
                    (String) u.get("name"),
                    submitted == null ? null : submitted.toInstant(),
                    (String) u.get("submitted_by"),
                    items,
                    ordered,
                    totals,
                    total));
        }
        return out;
    }

    /** Each item's points: a leaf's own, an inner item's the sum of its children's known points. */
    static Map<Long, BigDecimal> rollUp(List<IndexItem> items, Map<Long, ScoreLine> byItem) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        List<IndexItem> reversed = new ArrayList<>(items);
        java.util.Collections.reverse(reversed); // depth first reversed: children before their parents
        for (IndexItem i : reversed) {
            ScoreLine l = byItem.get(i.id());
            if (l != null && l.points() != null) {
                totals.merge(i.id(), l.points(), BigDecimal::add);
            }
            BigDecimal own = totals.get(i.id());
            if (i.parentId() != null && own != null) {
                totals.merge(i.parentId(), own, BigDecimal::add);
            }
        }
        return totals;
    }

    private static ScoreLine line(
            ResultSet rs,
            Map<Long, IndexItem> items,
            Map<Long, ComputedPoints> live,
            Map<Long, List<ScoreEvidence>> evidence,
            boolean published)
            throws SQLException {
        IndexItem item = items.get(rs.getLong("item_id"));
        BigDecimal self = rs.getBigDecimal("self_points");
        BigDecimal appraised = rs.getBigDecimal("appraised_points");
        BigDecimal decided = rs.getBigDecimal("decided_points");
        BigDecimal computed = rs.getBigDecimal("computed_points");
        String computedNote = rs.getString("computed_note");
        BigDecimal imported = rs.getBigDecimal("imported_points");
        if (!published && item.method().computed()) {
            ComputedPoints p = live.get(item.id());
            computed = p == null ? null : p.points();
            computedNote = note(p);
        }
        // final_points follows every step (self, appraisal, decision, import); computed points are frozen into it
        // at publication and live before
        BigDecimal points = published || !item.method().computed() ? rs.getBigDecimal("final_points") : computed;
        if (item.method() == ScoringMethod.NOT_MEASURED) {
            points = null;
        }
        long id = rs.getLong("id");
        return new ScoreLine(
                id,
                rs.getLong("version"),
                item,
                self,
                rs.getString("self_comment"),
                rs.getString("no_evidence_reason"),
                appraised,
                rs.getString("appraisal_reason"),
                rs.getString("appraised_by"),
                rs.getString("appeal_reason"),
                rs.getString("appeal_decision"),
                decided,
                rs.getString("decision_note"),
                computed,
                computedNote,
                imported,
                rs.getString("imported_note"),
                points,
                evidence.getOrDefault(id, List.of()));
    }

    private Map<Long, List<ScoreEvidence>> evidence(long roundId, Long unitId) {
        Map<Long, List<ScoreEvidence>> out = new HashMap<>();
        jdbc.sql("""
                        select e.score_id, e.public_id, e.file_name, e.content_type, e.size_bytes, e.url
                        from index_evidence e join index_score s on s.id = e.score_id
                        where s.round_id = :round""" + (unitId == null ? "" : " and s.unit_id = :unit") + " order by e.id")
                .param("round", roundId)
                .param("unit", unitId == null ? 0L : unitId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("score_id"), k -> new ArrayList<>())
                            .add(evidence(rs));
                });
        return out;
    }

    private static ScoreEvidence evidence(ResultSet rs) throws SQLException {
        return new ScoreEvidence(
                rs.getString("public_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("url"));
    }

    // ---------------------------------------------------------------- self-assessment

    /** The row of one unit's score of one item, for a write: the round, the unit, the item and the version. */
    private record Target(
            RoundSummary round,
            long unitId,
            String unitCode,
            IndexItem item,
            long scoreId,
            long version,
            Map<String, Object> row) {

        String key() {
            return round.key() + "/" + unitCode + "/" + item.code();
        }
    }

    private Target target(long roundId, String unitCode, String itemCode) {
        RoundSummary round = lockRound(roundId);
        long unitId = unitId(unitCode);
        IndexSetSummary set = catalog.set(round.setCode()).orElseThrow();
        IndexItem item = catalog.items(set.id()).stream()
                .filter(i -> i.code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> new BusinessException("index.round.error.itemNotFound", itemCode));
        Map<String, Object> row = jdbc
                .sql("""
                        select * from index_score where round_id = :round and unit_id = :unit and item_id = :item""")
                .param("round", roundId)
                .param("unit", unitId)
                .param("item", item.id())
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("index.round.error.unitNotInRound", unitCode));
        return new Target(
                round,
                unitId,
                unitCode,
                item,
                ((Number) row.get("id")).longValue(),
                ((Number) row.get("version")).longValue(),
                row);
    }

    /** A version-guarded update that matched no row: someone saved the score meanwhile. */
    private void requireUpdated(Target t, int rows) {
        if (rows == 0) {
            throw new ConcurrentEditException(
                    audit.lastActor(SCORE_AUDIT, t.key()).orElse(null));
        }
    }

    private void requireVersion(Target t, long version) {
        if (t.version() != version) {
            throw new ConcurrentEditException(
                    audit.lastActor(SCORE_AUDIT, t.key()).orElse(null));
        }
    }

    /** Refuses a self-assessment write unless the caller is the unit's head, the round open and not submitted. */
    private Target selfTarget(long roundId, String unitCode, String itemCode) {
        Target t = target(roundId, unitCode, itemCode);
        requireHeadOf(t.unitId());
        requireSelfOpen(t.round(), t.unitId());
        if (t.item().method() != ScoringMethod.MANUAL) {
            throw new BusinessException(
                    "index.round.error.notScoredByPeople", t.item().code());
        }
        return t;
    }

    private void requireSelfOpen(RoundSummary round, long unitId) {
        if (round.state() == RoundState.PUBLISHED) {
            throw new BusinessException("index.round.error.published");
        }
        if (round.state() != RoundState.OPEN) {
            throw new BusinessException(
                    "index.round.error.state." + round.state().name());
        }
        if (submittedAt(round.id(), unitId) != null) {
            throw new BusinessException("index.round.error.submitted");
        }
    }

    /**
     * Saves a unit's self score of a MANUAL item: points within the item's range (two decimals), a comment and,
     * where the item requires evidence that the unit does not have, the reason why.
     */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public ScoreLine selfScore(
            long roundId,
            String unitCode,
            String itemCode,
            BigDecimal points,
            String comment,
            String noEvidenceReason,
            long version) {
        Target t = selfTarget(roundId, unitCode, itemCode);
        requireVersion(t, version);
        BigDecimal p = checkPoints(t.item(), points);
        String c = text(comment);
        String reason = text(noEvidenceReason);
        requireUpdated(
                t,
                jdbc.sql("""
                        update index_score set version = version + 1, self_points = :points, self_comment = :comment,
                        no_evidence_reason = :reason, self_at = :now, self_by = :by, final_points = :points
                        where id = :id and version = :version""")
                        .param("points", p)
                        .param("comment", c)
                        .param("reason", reason)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("by", actor())
                        .param("id", t.scoreId())
                        .param("version", version)
                        .update());
        audit.changes(SCORE_AUDIT, t.key(), t.unitCode())
                .field("selfPoints", t.row().get("self_points"), p)
                .field("selfComment", t.row().get("self_comment"), c)
                .field("noEvidenceReason", t.row().get("no_evidence_reason"), reason)
                .save("UPDATE");
        return line(t);
    }

    /** The line just written, without computing the round's live points (a write returns a scored item's line). */
    private ScoreLine line(Target t) {
        return sheets(t.round(), t.unitId(), false).getFirst().lines().stream()
                .filter(l -> l.item().id() == t.item().id())
                .findFirst()
                .orElseThrow();
    }

    /** Adds an evidence file (PDF, images, office documents; 10 MB each, recognised by content) to a self score. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public ScoreEvidence addEvidenceFile(long roundId, String unitCode, String itemCode, EvidenceUpload upload) {
        Target t = selfTarget(roundId, unitCode, itemCode);
        requireRoomForEvidence(t);
        if (upload.size() > EvidenceTypes.MAX_BYTES) {
            throw new BusinessException(
                    "task.error.evidenceTooBig", upload.fileName(), EvidenceTypes.MAX_BYTES / (1024 * 1024));
        }
        String type;
        try {
            type = EvidenceTypes.detect(upload.file(), upload.fileName())
                    .orElseThrow(() -> new BusinessException("task.error.evidenceType", upload.fileName()));
        } catch (IOException e) {
            throw new BusinessException("task.error.evidenceType", upload.fileName());
        }
        String publicId = PublicIds.next();
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "evidence" : upload.fileName();
        String fileName = name.length() > 255 ? name.substring(name.length() - 255) : name;
        Timestamp now = Timestamp.from(clock.instant());
        String by = actor();
        try (InputStream content = Files.newInputStream(upload.file())) {
            template.update(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into index_evidence (public_id, score_id, file_name, content_type, size_bytes, content,
                        added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                ps.setString(1, publicId);
                ps.setLong(2, t.scoreId());
                ps.setString(3, fileName);
                ps.setString(4, type);
                ps.setLong(5, upload.size());
                ps.setBinaryStream(6, content, upload.size());
                ps.setTimestamp(7, now);
                ps.setString(8, by);
                return ps;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.changes(SCORE_AUDIT, t.key(), t.unitCode())
                .field("evidence", null, fileName)
                .save("UPDATE");
        return new ScoreEvidence(publicId, fileName, type, upload.size(), null);
    }

    /** Adds a link (http or https, at most 1000 characters) as evidence of a self score. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public ScoreEvidence addEvidenceLink(long roundId, String unitCode, String itemCode, String url) {
        Target t = selfTarget(roundId, unitCode, itemCode);
        requireRoomForEvidence(t);
        String link = url == null ? "" : url.strip();
        if (link.length() > 1000 || !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw new BusinessException(
                    "task.error.evidenceLink", link.length() > 60 ? link.substring(0, 60) + "…" : link);
        }
        String publicId = PublicIds.next();
        jdbc.sql("""
                        insert into index_evidence (public_id, score_id, url, size_bytes, added_at, added_by)
                        values (:id, :score, :url, 0, :now, :by)""")
                .param("id", publicId)
                .param("score", t.scoreId())
                .param("url", link)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actor())
                .update();
        audit.changes(SCORE_AUDIT, t.key(), t.unitCode())
                .field("evidence", null, link)
                .save("UPDATE");
        return new ScoreEvidence(publicId, null, null, 0, link);
    }

    private void requireRoomForEvidence(Target t) {
        int count = jdbc.sql("select count(*) from index_evidence where score_id = :score")
                .param("score", t.scoreId())
                .query(Integer.class)
                .single();
        if (count >= MAX_EVIDENCE) {
            throw new BusinessException("index.round.error.evidenceTooMany", MAX_EVIDENCE);
        }
    }

    /** Removes a piece of evidence from a self score the unit has not submitted yet. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public void removeEvidence(String publicId) {
        Map<String, Object> row =
                evidenceRow(publicId).orElseThrow(() -> new BusinessException("index.round.error.evidenceNotFound"));
        long unitId = ((Number) row.get("unit_id")).longValue();
        requireHeadOf(unitId);
        RoundSummary round = lockRound(((Number) row.get("round_id")).longValue());
        requireSelfOpen(round, unitId);
        jdbc.sql("delete from index_evidence where public_id = :id")
                .param("id", publicId)
                .update();
        String key = round.key() + "/" + row.get("unit_code") + "/" + row.get("item_code");
        Object what = row.get("file_name") != null ? row.get("file_name") : row.get("url");
        audit.changes(SCORE_AUDIT, key, (String) row.get("unit_code"))
                .field("evidence", what, null)
                .save("UPDATE");
    }

    private Optional<Map<String, Object>> evidenceRow(String publicId) {
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select e.public_id, e.file_name, e.content_type, e.size_bytes, e.url, s.round_id, s.unit_id,
                        u.code as unit_code, i.code as item_code
                        from index_evidence e join index_score s on s.id = e.score_id join unit u on u.id = s.unit_id
                        join index_item i on i.id = s.item_id where e.public_id = :id""").param("id", publicId).query().listOfRows().stream().findFirst();
    }

    /**
     * A stored evidence file by its public id, for a reader who may read the unit's scores (a unit head: only
     * their own unit's); nothing for a link, an unknown id or another unit's file.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<ScoreEvidence> evidenceFile(String publicId) {
        return evidenceRow(publicId)
                .filter(r -> r.get("url") == null)
                .filter(r -> mayRead(((Number) r.get("unit_id")).longValue()))
                .map(r -> new ScoreEvidence(
                        (String) r.get("public_id"),
                        (String) r.get("file_name"),
                        (String) r.get("content_type"),
                        ((Number) r.get("size_bytes")).longValue(),
                        null));
    }

    /** Streams an evidence file's content to {@code out} (after {@link #evidenceFile} said the reader may). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public void writeEvidence(String publicId, OutputStream out) {
        if (evidenceFile(publicId).isEmpty()) {
            return;
        }
        template.query(
                "select content from index_evidence where public_id = ?",
                rs -> {
                    if (rs.next()) {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            if (in != null) {
                                in.transferTo(out);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                },
                publicId);
    }

    /**
     * Submits a unit's self-assessment: every MANUAL item scored, and every item that requires evidence has a file,
     * a link or a written reason. Its scores are read-only afterwards.
     */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public RoundSummary submit(long roundId, String unitCode) {
        RoundSummary round = lockRound(roundId);
        long unitId = unitId(unitCode);
        requireHeadOf(unitId);
        requireSelfOpen(round, unitId);
        List<String> unscored = jdbc.sql("""
                        select i.code from index_score s join index_item i on i.id = s.item_id
                        where s.round_id = :round and s.unit_id = :unit and i.method = 'MANUAL'
                        and s.self_points is null order by i.code""")
                .param("round", roundId)
                .param("unit", unitId)
                .query(String.class)
                .list();
        if (!unscored.isEmpty()) {
            throw new BusinessException("index.round.error.unscored", unscored.size(), list(unscored));
        }
        List<String> noEvidence = jdbc.sql("""
                        select i.code from index_score s join index_item i on i.id = s.item_id
                        where s.round_id = :round and s.unit_id = :unit and i.method = 'MANUAL'
                        and i.evidence_required = true and s.no_evidence_reason is null
                        and not exists (select 1 from index_evidence e where e.score_id = s.id) order by i.code""")
                .param("round", roundId)
                .param("unit", unitId)
                .query(String.class)
                .list();
        if (!noEvidence.isEmpty()) {
            throw new BusinessException("index.round.error.noEvidence", noEvidence.size(), list(noEvidence));
        }
        jdbc.sql("""
                        update index_round_unit set submitted_at = :now, submitted_by = :by
                        where round_id = :round and unit_id = :unit and submitted_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actor())
                .param("round", roundId)
                .param("unit", unitId)
                .update();
        audit.changes(ROUND_AUDIT, round.key(), unitCode)
                .field("submitted", null, unitCode)
                .save("UPDATE");
        dataVersion.changed();
        return requireRound(roundId);
    }

    /** Hands a submitted self-assessment back to its unit during self-assessment, with the reason. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public RoundSummary returnToUnit(long roundId, String unitCode, String reason) {
        RoundSummary round = lockRound(roundId);
        long unitId = unitId(unitCode);
        if (round.state() != RoundState.OPEN) {
            throw new BusinessException(
                    "index.round.error.state." + round.state().name());
        }
        requireNotOwnUnit(unitId);
        String why = text(reason);
        if (why == null) {
            throw new BusinessException("index.round.error.reasonRequired");
        }
        if (submittedAt(roundId, unitId) == null) {
            throw new BusinessException("index.round.error.notSubmitted", unitCode);
        }
        jdbc.sql("""
                        update index_round_unit set submitted_at = null, submitted_by = null
                        where round_id = :round and unit_id = :unit""").param("round", roundId).param("unit", unitId).update();
        audit.changes(ROUND_AUDIT, round.key(), unitCode)
                .field("submitted", unitCode, null)
                .field("returnReason", null, why)
                .save("RETURN");
        dataVersion.changed();
        return requireRound(roundId);
    }

    // ---------------------------------------------------------------- appraisal, appeal, decision

    /**
     * Appraises one score: the committee accepts the self score (same points) or changes it with a reason. Never an
     * appraiser's own unit. During appraisal only.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public ScoreLine appraise(
            long roundId, String unitCode, String itemCode, BigDecimal points, String reason, long version) {
        Target t = target(roundId, unitCode, itemCode);
        requireNotOwnUnit(t.unitId());
        requireState(t.round(), RoundState.APPRAISAL);
        if (t.item().method() != ScoringMethod.MANUAL) {
            throw new BusinessException(
                    "index.round.error.notScoredByPeople", t.item().code());
        }
        requireVersion(t, version);
        BigDecimal p = checkPoints(t.item(), points);
        String why = text(reason);
        BigDecimal self = (BigDecimal) t.row().get("self_points");
        if ((self == null || self.compareTo(p) != 0) && why == null) {
            throw new BusinessException("index.round.error.reasonRequired");
        }
        requireUpdated(
                t,
                jdbc.sql("""
                        update index_score set version = version + 1, appraised_points = :points,
                        appraisal_reason = :reason, appraised_at = :now, appraised_by = :by, final_points = :points
                        where id = :id and version = :version""")
                        .param("points", p)
                        .param("reason", why)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("by", actor())
                        .param("id", t.scoreId())
                        .param("version", version)
                        .update());
        audit.changes(SCORE_AUDIT, t.key(), t.unitCode())
                .field("appraisedPoints", t.row().get("appraised_points"), p)
                .field("appraisalReason", t.row().get("appraisal_reason"), why)
                .save("UPDATE");
        return line(t);
    }

    /** Accepts every self score of a unit not appraised yet (the same points, no reason needed). */
    @PreAuthorize("hasRole('COMMITTEE')")
    public int acceptRemaining(long roundId, String unitCode) {
        RoundSummary round = lockRound(roundId);
        long unitId = unitId(unitCode);
        requireNotOwnUnit(unitId);
        requireState(round, RoundState.APPRAISAL);
        if (submittedAt(roundId, unitId) == null) {
            throw new BusinessException("index.round.error.notSubmitted", unitCode);
        }
        int n = jdbc.sql("""
                        update index_score set version = version + 1, appraised_points = self_points,
                        appraised_at = :now, appraised_by = :by, final_points = self_points
                        where round_id = :round and unit_id = :unit and appraised_points is null
                        and self_points is not null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actor())
                .param("round", roundId)
                .param("unit", unitId)
                .update();
        if (n > 0) {
            audit.changes(ROUND_AUDIT, round.key(), unitCode)
                    .field("accepted", null, n)
                    .save("ACCEPT");
        }
        return n;
    }

    /** The unit appeals an appraised point that differs from its self score: once, with a reason, in the window. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public ScoreLine appeal(long roundId, String unitCode, String itemCode, String reason, long version) {
        Target t = target(roundId, unitCode, itemCode);
        requireHeadOf(t.unitId());
        requireState(t.round(), RoundState.APPEAL);
        if (t.round().appealDue() != null
                && LocalDate.now(clock).isAfter(t.round().appealDue())) {
            throw new BusinessException(
                    "index.round.error.appealClosed", t.round().appealDue());
        }
        requireVersion(t, version);
        BigDecimal self = (BigDecimal) t.row().get("self_points");
        BigDecimal appraised = (BigDecimal) t.row().get("appraised_points");
        if (appraised == null || (self != null && self.compareTo(appraised) == 0)) {
            throw new BusinessException("index.round.error.nothingToAppeal", itemCode);
        }
        if (t.row().get("appeal_reason") != null) {
            throw new BusinessException("index.round.error.appealedOnce", itemCode);
        }
        String why = text(reason);
        if (why == null) {
            throw new BusinessException("index.round.error.reasonRequired");
        }
        requireUpdated(
                t,
                jdbc.sql("""
                        update index_score set version = version + 1, appeal_reason = :reason, appeal_at = :now,
                        appeal_by = :by where id = :id and version = :version""")
                        .param("reason", why)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("by", actor())
                        .param("id", t.scoreId())
                        .param("version", version)
                        .update());
        audit.changes(SCORE_AUDIT, t.key(), t.unitCode())
                .field("appealReason", null, why)
                .save("UPDATE");
        return line(t);
    }

    /**
     * Decides an appeal: accepted with the points the committee grants (within range), or rejected (the appraised
     * points stay); a note is required. Never an appraiser's own unit.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public ScoreLine decide(
            long roundId,
            String unitCode,
            String itemCode,
            boolean accepted,
            BigDecimal points,
            String note,
            long version) {
        Target t = target(roundId, unitCode, itemCode);
        requireNotOwnUnit(t.unitId());
        requireState(t.round(), RoundState.APPEAL);
        requireVersion(t, version);
        if (t.row().get("appeal_reason") == null || t.row().get("appeal_decision") != null) {
            throw new BusinessException("index.round.error.noPendingAppeal", itemCode);
        }
        String why = text(note);
        if (why == null) {
            throw new BusinessException("index.round.error.reasonRequired");
        }
        BigDecimal decided =
                accepted ? checkPoints(t.item(), points) : (BigDecimal) t.row().get("appraised_points");
        String decision = accepted ? ScoreLine.ACCEPTED : ScoreLine.REJECTED;
        requireUpdated(
                t,
                jdbc.sql("""
                        update index_score set version = version + 1, appeal_decision = :decision,
                        decided_points = :points, decision_note = :note, decided_at = :now, decided_by = :by,
                        final_points = :points where id = :id and version = :version""")
                        .param("decision", decision)
                        .param("points", decided)
                        .param("note", why)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("by", actor())
                        .param("id", t.scoreId())
                        .param("version", version)
                        .update());
        audit.changes(SCORE_AUDIT, t.key(), t.unitCode())
                .field("appealDecision", null, decision)
                .field("decidedPoints", null, decided)
                .field("decisionNote", null, why)
                .save("UPDATE");
        return line(t);
    }

    // ---------------------------------------------------------------- imported points

    /** Stores the points of an IMPORTED item for a unit (the index-scores import); refused once published. */
    void importPoints(long roundId, long unitId, long itemId, BigDecimal points, String note) {
        if (lockRound(roundId).state() == RoundState.PUBLISHED) {
            throw new BusinessException("index.round.error.published");
        }
        jdbc.sql("""
                        update index_score set version = version + 1, imported_points = :points,
                        imported_note = :note, final_points = :points
                        where round_id = :round and unit_id = :unit and item_id = :item""")
                .param("points", points)
                .param("note", note)
                .param("round", roundId)
                .param("unit", unitId)
                .param("item", itemId)
                .update();
    }

    // ---------------------------------------------------------------- helpers

    private static void requireState(RoundSummary round, RoundState state) {
        if (round.state() == RoundState.PUBLISHED) {
            throw new BusinessException("index.round.error.published");
        }
        if (round.state() != state) {
            throw new BusinessException(
                    "index.round.error.state." + round.state().name());
        }
    }

    static BigDecimal checkPoints(IndexItem item, BigDecimal points) {
        if (points == null) {
            throw new BusinessException("index.round.error.pointsRequired");
        }
        if (points.compareTo(item.minPoints()) < 0 || points.compareTo(item.maxPoints()) > 0) {
            throw new BusinessException(
                    "index.round.error.pointsRange",
                    IndexTreeCheck.plain(points),
                    IndexTreeCheck.plain(item.minPoints()),
                    IndexTreeCheck.plain(item.maxPoints()));
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("import.error.tooManyDecimals", IndexTreeCheck.plain(points), 2);
        }
        return points.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > TEXT_LENGTH) {
            throw new BusinessException("index.round.error.textTooLong", TEXT_LENGTH);
        }
        return t;
    }

    private static String list(List<String> codes) {
        return codes.size() <= 10 ? String.join(", ", codes) : String.join(", ", codes.subList(0, 10)) + ", …";
    }

    private Timestamp submittedAt(long roundId, long unitId) {
        return jdbc.sql("select submitted_at from index_round_unit where round_id = :round and unit_id = :unit")
                .param("round", roundId)
                .param("unit", unitId)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
    }

    long unitId(String unitCode) {
        return jdbc.sql("select id from unit where code = :code")
                .param("code", unitCode == null ? "" : unitCode)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new BusinessException("unit.error.notFound", unitCode));
    }

    /** A unit head reads only their own unit's scores; the other roles every unit's. */
    private boolean mayRead(long unitId) {
        ParUser user = currentUser.require();
        return user.role() != Role.UNIT_HEAD || Long.valueOf(unitId).equals(user.unitId());
    }

    private void requireMayRead(long unitId) {
        if (!mayRead(unitId)) {
            throw new AccessDeniedException("a unit head reads only their own unit's scores");
        }
    }

    private void requireHeadOf(long unitId) {
        currentUser.requireMayActFor(unitId); // a unit head only for their own, open unit
    }

    private void requireNotOwnUnit(long unitId) {
        ParUser user = currentUser.require();
        if (Long.valueOf(unitId).equals(user.unitId())) {
            throw new BusinessException("index.round.error.ownUnit");
        }
    }

    private static String actor() {
        return AuditService.currentActor();
    }
}
