package org.parsteering.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A round as lists and pages show it, with how many of its units have submitted. */
public record RoundSummary(
        long id,
        long version,
        String setCode,
        String setFamily,
        String setNameVi,
        String setNameEn,
        int year,
        RoundState state,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate selfDue,
        LocalDate appraisalDue,
        LocalDate appealDue,
        int units,
        int submitted,
        Instant publishedAt,
        String publishedBy) {

    public String setName(Locale locale) {
        return locale != null && !"vi".equals(locale.getLanguage()) ? setNameEn : setNameVi;
    }

    /** Whether the round has an appeal step. */
    public boolean hasAppeals() {
        return appealDue != null;
    }

    /** The audit key of the round: set code and year. */
    public String key() {
        return setCode + "/" + year;
    }
}
