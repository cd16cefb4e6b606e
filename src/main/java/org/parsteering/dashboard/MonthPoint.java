package org.parsteering.dashboard;

import java.time.YearMonth;
import org.parsteering.dossier.FigureCounts;

/** One month of a trend line. */
public record MonthPoint(YearMonth month, FigureCounts counts) {}
