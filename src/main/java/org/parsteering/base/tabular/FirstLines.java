package org.parsteering.base.tabular;

import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each key of an import file first came: a key repeated on a later line is refused, the
 * error naming the line that had it first (the file's first row of a key wins, the others are not read).
 */
public final class FirstLines<K> {

    private final Map<K, Integer> lines = new HashMap<>();

    /** As {@link #first(Object, RowParser, String, Object)}, the error showing the key itself. */
    public boolean first(K key, RowParser row, String column) {
        return first(key, row, column, key);
    }

    /**
     * Whether {@code key} comes for the first time on {@code row}; if not, reports
     * {@code import.error.duplicateKey} on {@code column}, showing {@code shown} and the earlier line.
     */
    public boolean first(K key, RowParser row, String column, Object shown) {
        Integer earlier = lines.putIfAbsent(key, row.line());
        if (earlier != null) {
            row.error(column, "import.error.duplicateKey", shown, earlier);
            return false;
        }
        return true;
    }
}
