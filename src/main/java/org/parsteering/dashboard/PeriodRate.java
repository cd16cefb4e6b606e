package org.parsteering.dashboard;

import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.Rate;

/**
 * A figure of one period as the dashboards show it. A period has data for a dossier figure when a dossier was
 * received or completed in it, and for the leaders' signature rate when a signature report counted an issued
 * document: a quarter in which nothing happened shows "—" and is a gap in a chart, never 0 % (dossiers still
 * pending from earlier quarters alone would make it read 0 % on time), and a change against it is "—".
 *
 * @param activity whether anything happened in the period that the figure counts
 */
public record PeriodRate(Figure figure, Rate rate, boolean activity) {

    public static PeriodRate of(Figure figure, FigureCounts counts) {
        boolean activity = figure == Figure.SIGNATURES
                ? counts.documentsIssued() > 0
                : counts.received() > 0 || counts.completed() > 0;
        return new PeriodRate(figure, figure.of(counts), activity);
    }

    /** Something happened in the period and the rate has a base. */
    public boolean hasData() {
        return activity && rate.defined();
    }

    /** The percentage, or null without data (a gap in a chart, "—" in a tile). */
    public Double percent() {
        return hasData() ? rate.percent() : null;
    }

    /** Below the threshold (null = none)? Without data, never. */
    public boolean below(Double threshold) {
        return threshold != null && hasData() && rate.below(threshold);
    }

    /** The change in percentage points against an earlier period, or null when either has no data. */
    public Double changeFrom(PeriodRate before) {
        return hasData() && before.hasData() ? rate.percent() - before.rate.percent() : null;
    }
}
