package org.parsteering.base.tabular;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed values from one import row, collecting a {@link RowError} for each bad cell instead of
 * stopping at the first, so the user gets every problem of the file in one go. A method returns
 * {@code null} for a bad or (if optional) empty value.
 */
public final class RowParser {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

    private final TabularRow row;
    private final List<RowError> errors;

    public RowParser(TabularRow row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
    }

    public int line() {
        return row.line();
    }

    public void error(String column, String messageKey, Object... args) {
        errors.add(RowError.of(row.line(), column, messageKey, args));
    }

    /** A text value; empty is an error when {@code required}; longer than {@code maxLength} is an error. */
    public String text(String column, boolean required, int maxLength) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                error(column, "import.error.required");
            }
            return null;
        }
        if (v.length() > maxLength) {
            error(column, "import.error.tooLong", maxLength);
            return null;
        }
        return v;
    }

    /** An upper-cased code matching {@code pattern}. */
    public String code(String column, boolean required, int maxLength, Pattern pattern) {
        String v = text(column, required, maxLength);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!pattern.matcher(v).matches()) {
            error(column, "import.error.badCode", v);
            return null;
        }
        return v;
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
        String v = text(column, required, 40);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : " | ").append(c.name());
            }
            error(column, "import.error.badEnum", v, allowed.toString());
            return null;
        }
    }

    /** A date as {@code yyyy-MM-dd}; a time part is allowed and ignored (SPEC 5). */
    public LocalDate date(String column, boolean required) {
        String v = text(column, required, 40);
        if (v == null) {
            return null;
        }
        var m = DATE.matcher(v);
        if (!m.matches()) {
            error(column, "import.error.badDate", v);
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            error(column, "import.error.badDate", v);
            return null;
        }
    }

    /** A month as {@code yyyy-MM}. */
    public YearMonth month(String column, boolean required) {
        String v = text(column, required, 20);
        if (v == null) {
            return null;
        }
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            error(column, "import.error.badMonth", v);
            return null;
        }
    }

    /** {@code Y} or {@code N}. */
    public Boolean yesNo(String column, boolean required) {
        String v = text(column, required, 5);
        if (v == null) {
            return null;
        }
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "Y" -> Boolean.TRUE;
            case "N" -> Boolean.FALSE;
            default -> {
                error(column, "import.error.badYesNo", v);
                yield null;
            }
        };
    }

    /** A whole number of at least {@code min}. */
    public Integer integer(String column, boolean required, int min) {
        String v = text(column, required, 12);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                error(column, "import.error.tooSmall", min);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(column, "import.error.badNumber", v);
            return null;
        }
    }

    /**
     * A decimal number written with a point ({@code 1.5}, {@code -0.25}) with at most {@code scale} decimals, within
     * [{@code min}, {@code max}].
     */
    public java.math.BigDecimal decimal(
            String column, boolean required, int scale, java.math.BigDecimal min, java.math.BigDecimal max) {
        String v = text(column, required, 20);
        if (v == null) {
            return null;
        }
        java.math.BigDecimal n;
        try {
            n = new java.math.BigDecimal(v);
        } catch (NumberFormatException e) {
            error(column, "import.error.badDecimal", v);
            return null;
        }
        if (n.stripTrailingZeros().scale() > scale) {
            error(column, "import.error.tooManyDecimals", v, scale);
            return null;
        }
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            error(column, "import.error.outOfRange", v, min.toPlainString(), max.toPlainString());
            return null;
        }
        return n.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }
}
