package org.parsteering.dashboard;

import org.parsteering.dossier.FigureCounts;

/** A commune in the league table: its counts in the period and in the previous one. */
public record LeagueRow(String unitCode, String unitName, FigureCounts now, FigureCounts before) {}
