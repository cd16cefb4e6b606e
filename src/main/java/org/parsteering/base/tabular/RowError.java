package org.parsteering.base.tabular;

import java.util.Arrays;
import java.util.List;

/**
 * One reason a row of an import file was refused: its line number (the header is line 1), the column
 * (empty for a whole-row problem), and a translation key with its arguments. The column and every
 * argument are cut to {@link #MAX_ECHO} characters: they echo what the file holds, and a file can hold a
 * value of many megabytes that no error list or answer should repeat.
 */
public record RowError(int line, String column, String messageKey, List<String> args) {

    /** The longest value an error repeats from the file; longer ones end in an ellipsis. */
    public static final int MAX_ECHO = 100;

    public RowError {
        column = cut(column == null ? "" : column);
        args = args.stream().map(RowError::cut).toList();
    }

    public static RowError of(int line, String column, String messageKey, Object... args) {
        return new RowError(
                line,
                column,
                messageKey,
                Arrays.stream(args).map(String::valueOf).toList());
    }

    /** {@code value} itself, or its first {@link #MAX_ECHO} characters and an ellipsis. */
    public static String cut(String value) {
        if (value == null || value.length() <= MAX_ECHO) {
            return value;
        }
        int end = MAX_ECHO;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
