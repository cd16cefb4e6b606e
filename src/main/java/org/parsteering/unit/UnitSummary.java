package org.parsteering.unit;

import java.time.LocalDate;

/** A unit as other features and the screens see it. {@code active} is as of today. */
public record UnitSummary(
        Long id,
        long version,
        String code,
        String name,
        UnitType type,
        String parentCode,
        String parentName,
        LocalDate activeFrom,
        LocalDate activeTo,
        boolean active) {

    /** "XA-BAISON — Bài Sơn" for pickers and lists. */
    public String label() {
        return code + " — " + name;
    }
}
