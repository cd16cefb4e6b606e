package org.parsteering.dossier;

/** How much of a dossier's components were digitised on receipt (766 indicator 4.2). */
public enum Components {
    FULL,
    PARTIAL,
    NONE
}
