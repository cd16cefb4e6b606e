package org.parsteering.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What the committee enters to open a round (SPEC 3a): the set, the year, the units assessed (empty: every active
 * unit of the set's unit types), the period whose figures and tasks score the FORMULA and TASKS items, and the
 * deadlines of self-assessment, appraisal and — optional — appeals.
 */
public record RoundDraft(
        String setCode,
        int year,
        List<String> unitCodes,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate selfDue,
        LocalDate appraisalDue,
        LocalDate appealDue) {

    public RoundDraft {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
