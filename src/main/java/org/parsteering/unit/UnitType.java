package org.parsteering.unit;

/**
 * The kinds of unit of both tiers (SPEC 2a): the provincial People's Committee office, a department (sở, ban of
 * a province; phòng of a commune), the commune-level units (xã, phường, đặc khu), and the district office,
 * kept for the history before 1 July 2025.
 */
public enum UnitType {
    PROVINCE,
    DISTRICT,
    DEPARTMENT,
    COMMUNE,
    WARD,
    SPECIAL_ZONE;

    public String messageKey() {
        return "unit.type." + name();
    }

    /** A commune, ward or special zone: the commune level of the two tiers. */
    public boolean isCommuneLevel() {
        return this == COMMUNE || this == WARD || this == SPECIAL_ZONE;
    }
}
