package org.parsteering.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The views' name for {@link org.parsteering.base.Formats}, where the formats live so that reports and mails
 * (no UI) use the same ones; kept so the views need not change their imports.
 */
public final class Formats {

    public static final ZoneId ZONE = org.parsteering.base.Formats.ZONE;
    public static final Locale VIETNAMESE = org.parsteering.base.Formats.VIETNAMESE;

    private Formats() {}

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return org.parsteering.base.Formats.dateFormatter(locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return org.parsteering.base.Formats.date(date, locale);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return org.parsteering.base.Formats.dateTime(instant, locale);
    }

    public static boolean isVietnamese(Locale locale) {
        return org.parsteering.base.Formats.isVietnamese(locale);
    }

    public static String number(long value, Locale locale) {
        return org.parsteering.base.Formats.number(value, locale);
    }

    public static String decimal(java.math.BigDecimal value, Locale locale) {
        return org.parsteering.base.Formats.decimal(value, locale);
    }
}
