package org.parsteering.unit;

/**
 * SPEC 2a: {@code MERGE} — two or more predecessors into one successor (new, or one of them); {@code RENAME} —
 * one unit gets a new name, its code kept; {@code ABOLISH} — one or more units closed, with or without a
 * successor that takes over their work.
 */
public enum UnitChangeKind {
    MERGE,
    RENAME,
    ABOLISH;

    public String messageKey() {
        return "unit.change.kind." + name();
    }
}
