package org.parsteering.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.parsteering.base.Formats;
import org.parsteering.base.Messages;
import org.parsteering.base.Period;

/** The report's words, numbers and dates in the reader's language (dd/MM/yyyy and 1.234,5 in Vietnamese). */
final class ReportText {

    private final Locale locale;

    ReportText(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** A message of the translation files; pass years and codes as strings so they are not grouped (2.024). */
    String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    String quarter(Period quarter) {
        return quarter.label(locale);
    }

    String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    String month(YearMonth month) {
        return Formats.month(month);
    }

    String number(long value) {
        return Formats.number(value, locale);
    }

    /** A percentage with one decimal (0 when NaN is not wanted: callers show "—" for an undefined rate). */
    String percent(double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value) + " %";
    }

    /** Excel's number format for dates, matching {@link #date}. */
    String excelDateFormat() {
        return Formats.isVietnamese(locale) ? "dd/mm/yyyy" : "d mmm yyyy";
    }

    String excelDateTimeFormat() {
        return Formats.isVietnamese(locale) ? "dd/mm/yyyy hh:mm" : "d mmm yyyy hh:mm";
    }
}
