package org.parsteering.base.tabular;

import java.util.List;

/**
 * One reason a row of an import file was refused: its line number (the header is line 1), the column
 * (empty for a whole-row problem), and a translation key with its arguments.
 */
public record RowError(int line, String column, String messageKey, List<String> args) {

    public RowError {
        column = column == null ? "" : column;
        args = List.copyOf(args);
    }

    public static RowError of(int line, String column, String messageKey, Object... args) {
        return new RowError(
                line,
                column,
                messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
