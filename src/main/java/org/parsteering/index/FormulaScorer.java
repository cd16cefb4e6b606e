package org.parsteering.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.Rate;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.plan.Completion;
import org.parsteering.plan.CompletionService;
import org.parsteering.unit.Structure;
import org.springframework.stereotype.Component;

/**
 * Computes the points of the FORMULA and TASKS items of a set for a period: FORMULA items from the figures of
 * SPEC 3 read through {@link FigureService} — one call for every unit of the period, never a second copy of a
 * formula —, TASKS items from {@link CompletionService#completionByCriterion} over the tasks tied to each
 * criterion — one aggregate. Units are today's (the current structure, SPEC 2a): a merged commune's dossiers
 * count for the commune that carries it on. The callers (public services) check who may read.
 */
@Component
class FormulaScorer {

    private final FigureService figures;
    private final CompletionService completion;

    FormulaScorer(FigureService figures, CompletionService completion) {
        this.figures = figures;
        this.completion = completion;
    }

    /** For each unit code, the computed points of each computed leaf of {@code items} (all units of the period). */
    Map<String, Map<Long, ComputedPoints>> score(List<IndexItem> items, LocalDate from, LocalDate to) {
        return score(items, from, to, Structure.CURRENT);
    }

    Map<String, Map<Long, ComputedPoints>> score(
            List<IndexItem> items, LocalDate from, LocalDate to, Structure structure) {
        List<IndexItem> formula = IndexTree.leaves(items).stream()
                .filter(i -> i.method() == ScoringMethod.FORMULA)
                .toList();
        List<IndexItem> tasks = IndexTree.leaves(items).stream()
                .filter(i -> i.method() == ScoringMethod.TASKS)
                .toList();
        Map<String, Map<Long, ComputedPoints>> out = new HashMap<>();
        if (!formula.isEmpty()) {
            FigureReport report = figures.figures(from, to, null, null, structure);
            for (UnitFigures u : report.units()) {
                Map<Long, ComputedPoints> points = out.computeIfAbsent(u.unitCode(), k -> new HashMap<>());
                for (IndexItem i : formula) {
                    points.put(i.id(), formula(i, u.counts()));
                }
            }
        }
        if (!tasks.isEmpty()) {
            Map<Long, IndexItem> byId = new HashMap<>();
            tasks.forEach(i -> byId.put(i.id(), i));
            for (Completion c : completion.completionByCriterion(
                    from, to, tasks.stream().map(IndexItem::id).toList())) {
                IndexItem item = byId.get(Long.parseLong(c.label().strip()));
                out.computeIfAbsent(c.key(), k -> new HashMap<>()).put(item.id(), tasks(item, c.done(), c.total()));
            }
        }
        return out;
    }

    /** The computed points of the FORMULA leaves for one set of counts (a group: the whole locality). */
    static Map<Long, ComputedPoints> formula(Collection<IndexItem> items, FigureCounts counts) {
        Map<Long, ComputedPoints> out = new HashMap<>();
        for (IndexItem i : IndexTree.leaves(List.copyOf(items))) {
            if (i.method() == ScoringMethod.FORMULA) {
                out.put(i.id(), formula(i, counts));
            }
        }
        return out;
    }

    static ComputedPoints formula(IndexItem item, FigureCounts counts) {
        IndexRule rule = item.parsedRule();
        Rate rate = rule.figure().of(counts);
        return new ComputedPoints(
                item.id(),
                rule.conversion()
                        .points(item.maxPoints(), rate.numerator(), rate.denominator())
                        .orElse(null),
                rate.numerator(),
                rate.denominator());
    }

    static ComputedPoints tasks(IndexItem item, long done, long total) {
        IndexRule rule = item.parsedRule();
        return new ComputedPoints(
                item.id(),
                rule.conversion().points(item.maxPoints(), done, total).orElse(null),
                done,
                total);
    }
}
