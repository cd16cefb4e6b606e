package org.parsteering.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.parsteering.base.Roles;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.plan.CriterionTask;
import org.parsteering.plan.TaskCriteriaService;
import org.parsteering.security.CurrentUser;
import org.parsteering.unit.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of rounds (SPEC 3a): each unit's total rolled up from its leaves' points (one query over the round's
 * scores), percent of the set's maximum, band, rank within its unit type (ties share a rank), the change against the
 * previous published round of the same family, the points of each area for the heat map; for one unit, where the
 * points were lost, with the tasks tied to each item; and the locality's own score of a set for a period from the
 * figures of the whole locality. A published round is read as frozen; an unpublished one is provisional, with the
 * FORMULA and TASKS points computed live, and only the committee, the secretary and the inspector see its ranking.
 */
@Service
@Transactional(readOnly = true)
public class IndexResultService {

    private final AssessmentService assessments;
    private final IndexCatalog catalog;
    private final FormulaScorer scorer;
    private final FigureService figures;
    private final TaskCriteriaService criteria;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    IndexResultService(
            AssessmentService assessments,
            IndexCatalog catalog,
            FormulaScorer scorer,
            FigureService figures,
            TaskCriteriaService criteria,
            CurrentUser currentUser,
            JdbcClient jdbc) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.scorer = scorer;
        this.figures = figures;
        this.criteria = criteria;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The ranking of a round; a unit head sees only published rounds' rankings. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public RoundResults results(long roundId) {
        RoundSummary round = assessments
                .findRound(roundId)
                .orElseThrow(() -> new BusinessException("index.round.error.notFound", roundId));
        if (round.state() != RoundState.PUBLISHED && currentUser.require().role() == Role.UNIT_HEAD) {
            throw new AccessDeniedException("a unit head sees the ranking once the round is published");
        }
        RoundSummary previous = previous(round).orElse(null);
        Map<String, UnitResult> before = previous == null
                ? Map.of()
                : compute(previous, Map.of()).stream().collect(Collectors.toMap(UnitResult::unitCode, u -> u));
        IndexSetSummary set = catalog.set(round.setCode()).orElseThrow();
        List<IndexItem> areas = catalog.items(set.id()).stream()
                .filter(i -> i.parentId() == null)
                .toList();
        return new RoundResults(round, set, areas, compute(round, before), previous);
    }

    /** The latest published round of a set's family, if any (for the dashboards). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public Optional<RoundSummary> latestPublished(String family) {
        return assessments.rounds().stream()
                .filter(r -> r.state() == RoundState.PUBLISHED && r.setFamily().equals(family))
                .findFirst();
    }

    /** The previous published round of the same family: the latest of an earlier year. */
    private Optional<RoundSummary> previous(RoundSummary round) {
        return assessments.rounds().stream()
                .filter(r -> r.setFamily().equals(round.setFamily())
                        && r.year() < round.year()
                        && r.state() == RoundState.PUBLISHED)
                .max(Comparator.comparingInt(RoundSummary::year));
    }

    private record Row(
            long unitId, String unitCode, String unitName, UnitType unitType, long itemId, BigDecimal points) {}

    private List<UnitResult> compute(RoundSummary round, Map<String, UnitResult> before) {
        IndexSetSummary set = catalog.set(round.setCode()).orElseThrow();
        List<IndexItem> items = catalog.items(set.id());
        Map<Long, IndexItem> area = IndexTree.areas(items);
        Map<Long, IndexItem> byId = items.stream().collect(Collectors.toMap(IndexItem::id, i -> i));
        boolean live = round.state() != RoundState.PUBLISHED;
        Map<String, Map<Long, ComputedPoints>> computed =
                live ? scorer.score(items, round.periodFrom(), round.periodTo()) : Map.of();
        List<Row> rows = jdbc.sql("""
                        select s.unit_id, u.code, u.name, u.unit_type, s.item_id, s.final_points
                        from index_score s join unit u on u.id = s.unit_id where s.round_id = :round""")
                .param("round", round.id())
                .query((rs, i) -> new Row(
                        rs.getLong("unit_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitType.valueOf(rs.getString("unit_type")),
                        rs.getLong("item_id"),
                        rs.getBigDecimal("final_points")))
                .list();
        Map<String, List<Row>> byUnit =
                rows.stream().collect(Collectors.groupingBy(Row::unitCode, LinkedHashMap::new, Collectors.toList()));
        List<UnitResult> out = new ArrayList<>();
        for (var e : byUnit.entrySet()) {
            Row first = e.getValue().getFirst();
            Map<Long, BigDecimal> areas = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Row r : e.getValue()) {
                IndexItem item = byId.get(r.itemId());
                BigDecimal points = r.points();
                if (live && item.method().computed()) {
                    ComputedPoints p =
                            computed.getOrDefault(r.unitCode(), Map.of()).get(item.id());
                    points = p == null ? null : p.points();
                }
                if (points == null) {
                    continue;
                }
                total = total.add(points);
                areas.merge(area.get(item.id()).id(), points, BigDecimal::add);
            }
            BigDecimal percent = set.percentOf(total);
            UnitResult previous = before.get(e.getKey());
            out.add(new UnitResult(
                    e.getKey(),
                    first.unitName(),
                    first.unitType(),
                    total,
                    percent,
                    set.band(percent),
                    0,
                    previous == null ? null : previous.rank(),
                    previous == null ? null : previous.total(),
                    areas));
        }
        return rank(out);
    }

    /** Ranks within each unit type by total, best first; equal totals share a rank (1, 1, 3). */
    static List<UnitResult> rank(List<UnitResult> units) {
        List<UnitResult> out = new ArrayList<>();
        Map<UnitType, List<UnitResult>> byType = units.stream()
                .collect(Collectors.groupingBy(
                        UnitResult::unitType, () -> new java.util.EnumMap<>(UnitType.class), Collectors.toList()));
        for (List<UnitResult> list : byType.values()) {
            List<UnitResult> sorted = new ArrayList<>(list);
            // by the total (one set, one maximum): the percent is rounded, the total exact
            sorted.sort(Comparator.comparing(UnitResult::total, Comparator.reverseOrder())
                    .thenComparing(UnitResult::unitCode));
            int rank = 0;
            BigDecimal last = null;
            for (int i = 0; i < sorted.size(); i++) {
                UnitResult u = sorted.get(i);
                if (last == null || u.total().compareTo(last) != 0) {
                    rank = i + 1;
                    last = u.total();
                }
                out.add(new UnitResult(
                        u.unitCode(),
                        u.unitName(),
                        u.unitType(),
                        u.total(),
                        u.percent(),
                        u.band(),
                        rank,
                        u.previousRank(),
                        u.previousTotal(),
                        u.areaPoints()));
            }
        }
        return out;
    }

    /**
     * Where a unit lost points in a round: its leaves with known points below the maximum, most points lost first, at
     * most {@code limit}, each with the tasks tied to it. A unit head reads only their own unit's.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<LostPoints> weakest(long roundId, String unitCode, int limit) {
        UnitSheet sheet = assessments.sheet(roundId, unitCode);
        List<ScoreLine> lost = sheet.lines().stream()
                .filter(l -> l.points() != null && l.lost().signum() > 0)
                .sorted(Comparator.comparing(ScoreLine::lost, Comparator.reverseOrder())
                        .thenComparing(l -> l.item().code()))
                .limit(Math.max(0, Math.min(limit, 500)))
                .toList();
        Map<Long, List<CriterionTask>> tasks =
                criteria.tasksFor(lost.stream().map(l -> l.item().id()).toList());
        return lost.stream()
                .map(l -> new LostPoints(
                        l.item(),
                        l.points(),
                        l.lost(),
                        tasks.getOrDefault(l.item().id(), List.of())))
                .toList();
    }

    /**
     * The locality's own score of a set for a period: its FORMULA items from the figures of the whole locality (the
     * group of every unit, through the figures service); the other items not measured here.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public LocalityScore localityScore(String setCode, LocalDate from, LocalDate to) {
        IndexSetSummary set = catalog.set(setCode == null ? "" : setCode)
                .orElseThrow(() -> new BusinessException("index.error.setNotFound", setCode));
        if (from == null || to == null || from.isAfter(to)) {
            throw new BusinessException("index.round.error.period");
        }
        List<IndexItem> items = catalog.items(set.id());
        FigureCounts all = figures.figures(from, to, null, null).group(FigureReport.ALL);
        Map<Long, ComputedPoints> points = FormulaScorer.formula(items, all);
        List<LocalityScore.Item> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal measuredMax = BigDecimal.ZERO;
        for (IndexItem i : IndexTree.leaves(items)) {
            ComputedPoints p = points.get(i.id());
            BigDecimal value = p == null ? null : p.points();
            if (value != null) {
                total = total.add(value);
                measuredMax = measuredMax.add(i.maxPoints());
            }
            out.add(new LocalityScore.Item(i, value, p == null ? 0 : p.numerator(), p == null ? 0 : p.denominator()));
        }
        return new LocalityScore(set, from, to, total, measuredMax, out);
    }

    /** The locality's score of each quarter (or month) of a year, up to the one that holds {@code until}. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<LocalityScore> localityTrend(String setCode, int year, boolean monthly, LocalDate until) {
        List<LocalityScore> out = new ArrayList<>();
        int step = monthly ? 1 : 3;
        for (int m = 1; m <= 12; m += step) {
            LocalDate from = LocalDate.of(year, m, 1);
            if (until != null && from.isAfter(until)) {
                break;
            }
            out.add(localityScore(setCode, from, from.plusMonths(step).minusDays(1)));
        }
        return out;
    }

    /** The committee's dashboard: the locality's 766 score of the period and the latest published ranking. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public CommitteeIndexes committeeIndexes(LocalDate from, LocalDate to) {
        LocalityScore score = catalog.sets().stream()
                .filter(s -> IndexSets.DECISION_766_FAMILY.equals(s.family()))
                .findFirst()
                .map(s -> localityScore(s.code(), from, to))
                .orElse(null);
        RoundResults latest = assessments.rounds().stream()
                .filter(r -> r.state() == RoundState.PUBLISHED && !IndexSets.DECISION_766_FAMILY.equals(r.setFamily()))
                .findFirst()
                .map(r -> results(r.id()))
                .orElse(null);
        return new CommitteeIndexes(score, latest);
    }

    /** A unit head's dashboard: the unit's latest published result with its weakest items, and its open round. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public UnitIndexes unitIndexes(String unitCode) {
        List<RoundSummary> mine = assessments.roundsOf(unitCode);
        RoundSummary published = mine.stream()
                .filter(r -> r.state() == RoundState.PUBLISHED)
                .findFirst()
                .orElse(null);
        UnitResult result = null;
        int ofType = 0;
        List<LostPoints> weakest = List.of();
        if (published != null) {
            RoundResults r = results(published.id());
            result = r.units().stream()
                    .filter(u -> u.unitCode().equals(unitCode))
                    .findFirst()
                    .orElse(null);
            if (result != null) {
                UnitType type = result.unitType();
                ofType = (int)
                        r.units().stream().filter(u -> u.unitType() == type).count();
            }
            weakest = weakest(published.id(), unitCode, 3);
        }
        RoundSummary open = mine.stream()
                .filter(r -> r.state() == RoundState.OPEN)
                .findFirst()
                .orElse(null);
        boolean submitted = false;
        int scored = 0;
        int toScore = 0;
        if (open != null) {
            long unitId = assessments.unitId(unitCode);
            UnitSheet sheet = assessments.sheets(open, unitId, false).getFirst();
            submitted = sheet.submitted();
            for (ScoreLine l : sheet.lines()) {
                if (l.item().method() == ScoringMethod.MANUAL) {
                    toScore++;
                    if (l.selfPoints() != null) {
                        scored++;
                    }
                }
            }
        }
        return new UnitIndexes(published, result, ofType, weakest, open, submitted, scored, toScore);
    }
}
