package org.parsteering.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and numbers as people read them, for every place that writes for a reader (screens, reports,
 * mails): {@code dd/MM/yyyy} in Vietnamese (SPEC 6), {@code d MMM yyyy} in English; 100.000 and 100,000.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Formats() {}

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return isVietnamese(locale)
                ? DateTimeFormatter.ofPattern("dd/MM/yyyy", locale)
                : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    }

    /** Message arguments with every {@link LocalDate} formatted for {@code locale} (MessageFormat would print ISO). */
    public static Object[] readable(Object[] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate d) {
                out[i] = date(d, locale);
            } else if (out[i] instanceof Period p) {
                out[i] = p.label(locale);
            } else if (out[i] instanceof Instant t) {
                out[i] = dateTime(t, locale);
            }
        }
        return out;
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormatter(locale).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter f = isVietnamese(locale)
                ? DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale)
                : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
        return f.format(instant.atZone(ZONE));
    }

    /** A month as {@code 04/2024}, in both languages. */
    public static String month(YearMonth month) {
        return String.format(Locale.ROOT, "%02d/%d", month.getMonthValue(), month.getYear());
    }

    public static boolean isVietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }

    /** A whole number with the locale's grouping: 100.000 in Vietnamese, 100,000 in English. */
    public static String number(long value, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * Points or a percent as the reader writes decimals: {@code 1,5} in Vietnamese, {@code 1.5} in English, at most two
     * decimals; empty for null (not known).
     */
    public static String decimal(java.math.BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat(
                "#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(isVietnamese(locale) ? VIETNAMESE : Locale.ENGLISH));
        return f.format(value);
    }
}
