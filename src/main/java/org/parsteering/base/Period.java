package org.parsteering.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period [from, to], both days included: the one home of quarter arithmetic and of the period's
 * address form ({@code 2024-Q2}, {@code 2024-05}, {@code 2024} or {@code 2024-04-01_2024-05-15}). Quarters,
 * months and years are calendar ones; the previous period of each is the one before it, of any other range
 * the range as long just before it.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The calendar quarter a day lies in. */
    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Quarter {@code number} (1 to 4) of a year. */
    public static Period quarter(int year, int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
        LocalDate start = LocalDate.of(year, (number - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The quarter of {@code day} and the {@code count - 1} quarters before it, the newest first. */
    public static List<Period> quartersUpTo(LocalDate day, int count) {
        List<Period> quarters = new ArrayList<>(count);
        Period q = quarterOf(day);
        for (int i = 0; i < count; i++) {
            quarters.add(q);
            q = q.previous();
        }
        return quarters;
    }

    /**
     * The period a user chose, from two dates: refused with a translated message when a date is missing
     * ({@code figures.error.period}), when it ends before it starts ({@code figures.error.fromAfterTo}) or
     * when it leaves the years 2000–2100 ({@code figures.error.periodYears}, see {@link ReportingYears}).
     */
    public static Period checked(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new BusinessException("figures.error.period");
        }
        if (from.isAfter(to)) {
            throw new BusinessException("figures.error.fromAfterTo");
        }
        ReportingYears.check(from, to);
        return new Period(from, to);
    }

    /**
     * The period an address names ({@link #key()}'s forms), or empty for anything else: null, blank, another
     * form, quarter 0 or 5, month 13, 30 February, a range that ends before it starts. The years are not
     * checked here: {@link #requireReportingYears()} refuses those outside 2000–2100 with their own message.
     */
    public static Optional<Period> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String text = key.strip();
        try {
            Matcher m = QUARTER.matcher(text);
            if (m.matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH.matcher(text);
            if (m.matches()) {
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
            if (YEAR.matcher(text).matches()) {
                return Optional.of(year(Integer.parseInt(text)));
            }
            m = RANGE.matcher(text);
            if (m.matches()) {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                return from.isAfter(to) ? Optional.empty() : Optional.of(new Period(from, to));
            }
        } catch (DateTimeException e) { // month 13, 30 February
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** This period, or the translated refusal {@code figures.error.periodYears} when it leaves 2000–2100. */
    public Period requireReportingYears() {
        ReportingYears.check(from, to);
        return this;
    }

    public boolean isQuarter() {
        return from.getDayOfMonth() == 1
                && (from.getMonthValue() - 1) % 3 == 0
                && to.equals(from.plusMonths(3).minusDays(1));
    }

    public boolean isMonth() {
        return from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1).minusDays(1));
    }

    public boolean isYear() {
        return from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1));
    }

    /** The quarter's number, 1 to 4 (of the quarter the period starts in, for any period). */
    public int quarterNumber() {
        return (from.getMonthValue() - 1) / 3 + 1;
    }

    public Period previous() {
        if (isQuarter()) {
            return new Period(from.minusMonths(3), from.minusDays(1));
        }
        if (isMonth()) {
            return month(YearMonth.from(from).minusMonths(1));
        }
        if (isYear()) {
            return year(from.getYear() - 1);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** Every month the period touches, the first first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The address form: "2024-Q2", "2024-05", "2024", else "2024-04-01_2024-05-15"; {@link #parse} reads it. */
    public String key() {
        if (isQuarter()) {
            return from.getYear() + "-Q" + quarterNumber();
        }
        if (isMonth()) {
            return YearMonth.from(from).toString();
        }
        if (isYear()) {
            return String.valueOf(from.getYear());
        }
        return from + "_" + to;
    }

    /** As a reader names it: "Quarter 2 of 2024" / "Quý 2 năm 2024", "04/2024", "2024", else the two dates. */
    public String label(Locale locale) {
        if (isQuarter()) {
            return Messages.get(
                    locale, "figures.quarter", String.valueOf(quarterNumber()), String.valueOf(from.getYear()));
        }
        if (isMonth()) {
            return Formats.month(YearMonth.from(from));
        }
        if (isYear()) {
            return String.valueOf(from.getYear());
        }
        return Formats.date(from, locale) + " – " + Formats.date(to, locale);
    }
}
