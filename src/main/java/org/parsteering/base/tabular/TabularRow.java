package org.parsteering.base.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of an import file, with its line number (the header is line 1) and values by lower-case
 * column. Held compactly, as one array of cells beside the column index the whole file shares: a 20 MB
 * file can have a few hundred thousand rows, and a map per row would not fit a small heap.
 */
public final class TabularRow {

    private final int line;
    private final Map<String, Integer> index;
    private final String[] cells;

    TabularRow(int line, Map<String, Integer> index, String[] cells) {
        this.line = line;
        this.index = index;
        this.cells = cells;
    }

    /** A row of the given values (in their map's order), for tests and callers that build rows themselves. */
    public TabularRow(int line, Map<String, String> values) {
        this.line = line;
        Map<String, Integer> idx = new LinkedHashMap<>();
        this.cells = new String[values.size()];
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            idx.put(e.getKey(), i);
            cells[i++] = e.getValue();
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    public int line() {
        return line;
    }

    /** The trimmed value of the column, or an empty string when the cell is empty or the column absent. */
    public String get(String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.length) {
            return "";
        }
        String v = cells[i];
        return v == null ? "" : v.strip();
    }

    /** The raw values by column, in file order (a copy). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            int i = e.getValue();
            values.put(e.getKey(), i < cells.length && cells[i] != null ? cells[i] : "");
        }
        return values;
    }

    public boolean isBlank() {
        for (String v : cells) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "TabularRow[line=" + line + ", values=" + values() + "]";
    }
}
