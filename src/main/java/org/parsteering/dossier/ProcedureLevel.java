package org.parsteering.dossier;

/** Which level of government handles a procedure. */
public enum ProcedureLevel {
    DISTRICT,
    COMMUNE
}
