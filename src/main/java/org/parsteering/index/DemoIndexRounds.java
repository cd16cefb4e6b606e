package org.parsteering.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.base.DemoData;
import org.parsteering.plan.TaskCriteriaService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The PAR INDEX rounds of the demonstration (SPEC 8): last year's round published and this year's open, both for
 * every active department and commune. The rounds are opened, moved and published through {@link
 * AssessmentService} — so the FORMULA and TASKS points are computed from the demo's own dossiers and tasks and frozen
 * as in real use — while last year's self-assessments and appraisals, which would be thousands of clicks, are
 * written directly: self scores of 70–100 % of each maximum, about one in six lowered by the appraisal with a
 * reason, the survey items imported. This year's round has a third of the units submitted, a third part-way, and
 * the rest — the unit of the demo's commune head among them — still to start. A few of the current plan's tasks are
 * tied to the PAR INDEX criteria scored from the tasks.
 *
 * <p>Order 53: after the sets (52), the plans and the dossiers.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoIndexRounds extends DemoData {

    /** The units whose heads try the round in the demo: left untouched in this year's round. */
    static final Set<String> LEFT_FOR_THE_DEMO = Set.of("XA-BAISON", "XA-LUONGSON", "PB-NOIVU", "SO-NOIVU");

    private final AssessmentService rounds;
    private final IndexCatalog catalog;
    private final TaskCriteriaService criteria;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoIndexRounds(
            AssessmentService rounds,
            IndexCatalog catalog,
            TaskCriteriaService criteria,
            JdbcTemplate jdbc,
            Clock clock) {
        super("index-rounds", 53);
        this.rounds = rounds;
        this.catalog = catalog;
        this.criteria = criteria;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        tieTasks(DemoIndexSets.parIndexCode(year));

        RoundSummary last = rounds.open(new RoundDraft(
                DemoIndexSets.parIndexCode(year - 1),
                year - 1,
                List.of(),
                LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year - 1, 12, 31),
                LocalDate.of(year, 1, 15),
                LocalDate.of(year, 2, 15),
                null));
        List<IndexItem> items =
                catalog.items(catalog.set(last.setCode()).orElseThrow().id());
        scoreAll(last, items, Set.of(), 1.0);
        last = rounds.startAppraisal(last.id(), last.version());
        appraiseAll(last, items);
        rounds.publish(last.id(), last.version());

        RoundSummary now = rounds.open(new RoundDraft(
                DemoIndexSets.parIndexCode(year),
                year,
                List.of(),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                // the self-assessment closes within the week and the appraisal right after it: the reminders
                // chase both (SPEC 8: every rule shows real cases)
                today.plusDays(5),
                today.plusDays(7),
                today.plusDays(21)));
        List<IndexItem> nowItems =
                catalog.items(catalog.set(now.setCode()).orElseThrow().id());
        scoreAll(now, nowItems, LEFT_FOR_THE_DEMO, 0.66);
    }

    /** Ties up to six tasks of the current plan to the set's TASKS items, as the committee would on a task's page. */
    private void tieTasks(String setCode) {
        List<Long> taskItems = catalog.items(catalog.set(setCode).orElseThrow().id()).stream()
                .filter(i -> i.method() == ScoringMethod.TASKS)
                .map(IndexItem::id)
                .toList();
        if (taskItems.isEmpty()) {
            return;
        }
        List<Map<String, Object>> tasks = jdbc.queryForList("""
                select t.code, t.version from task t join plan p on p.id = t.plan_id
                where p.is_current = true and p.closed_at is null order by t.code""");
        int n = 0;
        for (Map<String, Object> t : tasks) {
            if (n >= 6) {
                break;
            }
            long item = taskItems.get(n % taskItems.size());
            criteria.linkCriteria((String) t.get("code"), Set.of(item), ((Number) t.get("version")).longValue());
            n++;
        }
    }

    /** A stable number in [0, 1) for a unit and an item, so that a demo made twice is the same. */
    static double spread(String unit, String item) {
        return Math.floorMod((unit + "/" + item).hashCode() * 31 + 7, 1000) / 1000.0;
    }

    /** The share of an item's maximum a unit of that level scores, within [0.5, 1]. */
    static double ratio(double unitLevel, double f) {
        return Math.max(0.5, Math.min(1.0, unitLevel + 0.3 * (f - 0.4)));
    }

    static BigDecimal quarter(double points) {
        return BigDecimal.valueOf(Math.floor(points * 4) / 4).setScale(2, RoundingMode.DOWN);
    }

    /**
     * Self scores (and evidence reasons) of the MANUAL items and the imported survey points: every unit, or the first
     * {@code share} of them (the others part-way), leaving out {@code untouched}; the fully scored ones submitted.
     */
    private void scoreAll(RoundSummary round, List<IndexItem> items, Set<String> untouched, double share) {
        List<IndexItem> leaves = IndexTree.leaves(items);
        List<Map<String, Object>> units = jdbc.queryForList(
                "select u.id, u.code from index_round_unit ru join unit u on u.id = ru.unit_id where ru.round_id = ?"
                        + " order by u.code",
                round.id());
        List<Object[]> self = new ArrayList<>();
        List<Object[]> imported = new ArrayList<>();
        List<Object[]> submitted = new ArrayList<>();
        java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
        int index = 0;
        for (Map<String, Object> u : units) {
            String code = (String) u.get("code");
            long unitId = ((Number) u.get("id")).longValue();
            index++;
            if (untouched.contains(code)) {
                continue;
            }
            double position = (double) index / units.size();
            // how well the unit does overall (0.72–1.0), so that the ranking spreads over the bands
            double unitLevel = 0.72 + 0.28 * spread(code, "unit");
            boolean complete = position <= share / 2 || share >= 1.0;
            boolean partial = !complete && position <= share;
            if (!complete && !partial) {
                continue;
            }
            for (IndexItem i : leaves) {
                double f = spread(code, i.code());
                if (partial && f > 0.5) {
                    continue;
                }
                if (i.method() == ScoringMethod.MANUAL) {
                    BigDecimal points = i.minPoints().signum() < 0
                            ? (f < 0.1 ? quarter(i.minPoints().doubleValue() / 2) : BigDecimal.ZERO.setScale(2))
                            : quarter(i.maxPoints().doubleValue() * ratio(unitLevel, f));
                    String reason = i.evidenceRequired() ? "Tài liệu kiểm chứng nộp bản giấy tại Sở Nội vụ" : null;
                    self.add(new Object[] {points, "Đơn vị tự đánh giá", reason, points, at, round.id(), unitId, i.id()
                    });
                } else if (i.method() == ScoringMethod.IMPORTED && complete) {
                    BigDecimal points = quarter(i.maxPoints().doubleValue() * ratio(unitLevel, f));
                    imported.add(new Object[] {points, "Điều tra xã hội học", points, round.id(), unitId, i.id()});
                }
            }
            if (complete) {
                submitted.add(new Object[] {at, round.id(), unitId});
            }
        }
        jdbc.batchUpdate(
                "update index_score set self_points = ?, self_comment = ?, no_evidence_reason = ?, final_points = ?,"
                        + " self_at = ?, self_by = 'demo' where round_id = ? and unit_id = ? and item_id = ?",
                self);
        jdbc.batchUpdate(
                "update index_score set imported_points = ?, imported_note = ?, final_points = ? where round_id = ?"
                        + " and unit_id = ? and item_id = ?",
                imported);
        jdbc.batchUpdate(
                "update index_round_unit set submitted_at = ?, submitted_by = 'demo'"
                        + " where round_id = ? and unit_id = ?",
                submitted);
    }

    /** Appraises every self score: accepted, or about one in six lowered by a quarter or half a point, with a reason. */
    private void appraiseAll(RoundSummary round, List<IndexItem> items) {
        Map<Long, IndexItem> byId = items.stream().collect(Collectors.toMap(IndexItem::id, i -> i));
        List<Map<String, Object>> scores = jdbc.queryForList(
                "select s.id, s.item_id, s.self_points, u.code from index_score s join unit u on u.id = s.unit_id"
                        + " where s.round_id = ? and s.self_points is not null",
                round.id());
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> s : scores) {
            IndexItem item = byId.get(((Number) s.get("item_id")).longValue());
            BigDecimal self = (BigDecimal) s.get("self_points");
            double f = spread((String) s.get("code"), item.code() + "/appraisal");
            BigDecimal points = self;
            String reason = null;
            if (f < 0.17 && item.minPoints().signum() >= 0) {
                points = self.subtract(f < 0.08 ? new BigDecimal("0.50") : new BigDecimal("0.25"))
                        .max(item.minPoints());
                reason = f < 0.08
                        ? "Tài liệu kiểm chứng chưa chứng minh được kết quả tự chấm"
                        : "Báo cáo gửi chậm so với thời hạn";
            }
            rows.add(new Object[] {points, reason, points, ((Number) s.get("id")).longValue()});
        }
        jdbc.batchUpdate(
                "update index_score set appraised_points = ?, appraisal_reason = ?, appraised_by = 'committee',"
                        + " final_points = ? where id = ?",
                rows);
    }
}
