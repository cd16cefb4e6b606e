package org.parsteering.dossier;

import org.parsteering.unit.UnitType;

/** The figures of one unit. */
public record UnitFigures(String unitCode, String unitName, UnitType unitType, FigureCounts counts) {}
