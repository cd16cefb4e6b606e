package org.parsteering.dossier;

/** How a dossier was submitted. */
public enum Channel {
    ONLINE,
    IN_PERSON,
    POSTAL
}
