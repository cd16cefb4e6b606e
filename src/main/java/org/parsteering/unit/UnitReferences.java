package org.parsteering.unit;

/**
 * Implemented by every feature whose data points at units (accounts, assignments, dossiers...), so that
 * the unit feature can refuse to delete a unit that anything refers to without depending on those
 * features. The unit is then closed with an {@code activeTo} date instead.
 */
public interface UnitReferences {

    /** How many records of this feature refer to the unit. */
    long countReferences(long unitId);
}
