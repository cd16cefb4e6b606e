package org.parsteering.dashboard;

import java.time.YearMonth;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;

/** One month of a trend line. */
public record MonthPoint(YearMonth month, FigureCounts counts) {

    /** The figure's percentage in the month, or null when the month has no data for it (a gap in the line). */
    public Double percent(Figure figure) {
        return PeriodRate.of(figure, counts).percent();
    }
}
