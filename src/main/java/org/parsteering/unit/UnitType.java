package org.parsteering.unit;

/** District People's Committee office, a department (phòng, ban) or a commune-level unit (xã, thị trấn). */
public enum UnitType {
    DISTRICT,
    DEPARTMENT,
    COMMUNE;

    public String messageKey() {
        return "unit.type." + name();
    }
}
