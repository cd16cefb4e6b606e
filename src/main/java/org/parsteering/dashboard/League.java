package org.parsteering.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.settings.Thresholds;

/**
 * The commune league table: communes ranked by their on-time rate (communes without data last, then by
 * name), each figure with its change against the previous period. Up to {@link #ALL_UP_TO} communes the
 * table lists them all; a province's lists the ten best and the ten weakest, with their real ranks.
 *
 * @param communeCount how many communes were ranked (more than {@code rows} when only the extremes are listed)
 */
public record League(List<LeagueRow> rows, int communeCount) {

    public static final List<Figure> FIGURES = List.of(Figure.ON_TIME, Figure.COMPONENTS, Figure.SIGNATURES);
    public static final int ALL_UP_TO = 40;
    static final int EXTREMES = 10;

    /** Ranks the communes; {@code before} holds the previous period's counts by unit code (absent = no data). */
    public static League rank(List<UnitFigures> communes, Map<String, FigureCounts> before, Thresholds thresholds) {
        return rank(communes, before, thresholds, Map.of());
    }

    /** As {@link #rank(List, Map, Thresholds)}, each row naming the units it carries on ({@code names} by code). */
    public static League rank(
            List<UnitFigures> communes,
            Map<String, FigureCounts> before,
            Thresholds thresholds,
            Map<String, String> names) {
        List<UnitFigures> sorted = new ArrayList<>(communes);
        sorted.sort(Comparator.comparingDouble((UnitFigures u) -> sortable(PeriodRate.of(Figure.ON_TIME, u.counts())))
                .reversed()
                .thenComparing(UnitFigures::unitName)
                .thenComparing(UnitFigures::unitCode));
        List<LeagueRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.size() > ALL_UP_TO && i >= EXTREMES && i < sorted.size() - EXTREMES) {
                continue;
            }
            UnitFigures u = sorted.get(i);
            FigureCounts earlier = before.getOrDefault(u.unitCode(), FigureCounts.ZERO);
            List<LeagueRow.Cell> cells = new ArrayList<>();
            for (Figure f : FIGURES) {
                PeriodRate now = PeriodRate.of(f, u.counts());
                cells.add(new LeagueRow.Cell(
                        now, now.changeFrom(PeriodRate.of(f, earlier)), now.below(thresholds.rate(f.thresholdKey()))));
            }
            rows.add(new LeagueRow(
                    i + 1,
                    u.unitCode(),
                    u.unitName(),
                    List.copyOf(cells),
                    u.activeTo(),
                    u.predecessors().stream()
                            .map(code -> names.getOrDefault(code, code))
                            .toList()));
        }
        return new League(List.copyOf(rows), sorted.size());
    }

    /** Only the best and the weakest are listed. */
    public boolean extremesOnly() {
        return rows.size() < communeCount;
    }

    private static double sortable(PeriodRate r) {
        return r.hasData() ? r.percent() : -1;
    }
}
