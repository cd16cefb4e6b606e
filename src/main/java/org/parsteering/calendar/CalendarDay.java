package org.parsteering.calendar;

import java.time.LocalDate;
import java.util.Locale;

/** A holiday or a swapped working weekend day, with its name in both languages (English may be missing). */
public record CalendarDay(LocalDate day, DayKind kind, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return locale != null && !"vi".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
                ? nameEn
                : nameVi;
    }
}
