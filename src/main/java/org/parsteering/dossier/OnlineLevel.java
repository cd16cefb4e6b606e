package org.parsteering.dossier;

/** FULL = a fully online public service; PARTIAL = partly online; NONE = in person only. */
public enum OnlineLevel {
    FULL,
    PARTIAL,
    NONE
}
