package org.parsteering.index;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An item as a file row or the screen gives it (SPEC 3a columns), before it is checked against the rest of the
 * set's tree. {@code line} is the file line, 0 for an item of the set that the file does not mention; {@code
 * position} the item's order among its siblings.
 */
record ItemDraft(
        int line,
        String code,
        String parentCode,
        int position,
        String titleVi,
        String titleEn,
        BigDecimal maxPoints,
        BigDecimal minPoints,
        ScoringMethod method,
        String rule,
        boolean evidenceRequired,
        String guidance) {

    static ItemDraft of(IndexItem i) {
        return new ItemDraft(
                0,
                i.code(),
                i.parentCode(),
                i.position(),
                i.titleVi(),
                i.titleEn(),
                i.maxPoints(),
                i.minPoints(),
                i.method(),
                i.rule(),
                i.evidenceRequired(),
                i.guidance());
    }

    /** Whether it is a bonus or penalty item, outside the sums of its parent. */
    boolean bonusOrPenalty() {
        return minPoints.signum() < 0;
    }

    /** The same item with the file's line and position. */
    ItemDraft at(int line, int position) {
        return new ItemDraft(
                line,
                code,
                parentCode,
                position,
                titleVi,
                titleEn,
                maxPoints,
                minPoints,
                method,
                rule,
                evidenceRequired,
                guidance);
    }

    /** Whether anything but the texts (titles, guidance, evidence required) differs: a change of the tree. */
    boolean structureDiffers(ItemDraft o) {
        return !Objects.equals(parentCode, o.parentCode)
                || maxPoints.compareTo(o.maxPoints) != 0
                || minPoints.compareTo(o.minPoints) != 0
                || method != o.method
                || !Objects.equals(blankToNull(rule), blankToNull(o.rule));
    }

    /** Whether any column differs. */
    boolean differs(ItemDraft o) {
        return structureDiffers(o)
                || position != o.position
                || !Objects.equals(titleVi, o.titleVi)
                || !Objects.equals(blankToNull(titleEn), blankToNull(o.titleEn))
                || evidenceRequired != o.evidenceRequired
                || !Objects.equals(blankToNull(guidance), blankToNull(o.guidance));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
