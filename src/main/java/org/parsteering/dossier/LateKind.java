package org.parsteering.dossier;

/** Which late dossiers of a unit to list (SPEC 3): all of them, those completed late, or those still pending past due. */
public enum LateKind {
    ALL,
    COMPLETED_LATE,
    PENDING_OVERDUE
}
