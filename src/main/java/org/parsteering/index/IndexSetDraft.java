package org.parsteering.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.parsteering.unit.UnitType;

/**
 * What the secretary enters for a set (SPEC 3a): code, the family it belongs to (null: a new family named by the
 * code), names, year, legal basis, the unit types assessed, the maximum and the bands, highest first.
 */
public record IndexSetDraft(
        String code,
        String family,
        String nameVi,
        String nameEn,
        int year,
        String legalBasis,
        Set<UnitType> unitTypes,
        BigDecimal maxPoints,
        List<IndexBand> bands) {

    public IndexSetDraft {
        unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The draft of an existing set, to edit it. */
    public static IndexSetDraft of(IndexSetSummary s) {
        return new IndexSetDraft(
                s.code(),
                s.family(),
                s.nameVi(),
                s.nameEn(),
                s.year(),
                s.legalBasis(),
                s.unitTypes(),
                s.maxPoints(),
                s.bands());
    }
}
