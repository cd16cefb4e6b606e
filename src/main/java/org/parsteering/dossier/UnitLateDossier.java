package org.parsteering.dossier;

/** A late dossier with the unit that handles it, for lists across all units. */
public record UnitLateDossier(String unitCode, String unitName, LateDossier dossier) {}
