package org.parsteering.base.tabular;

import java.util.Map;

/** One data row of an import file, with its line number (the header is line 1) and values by lower-case column. */
public record TabularRow(int line, Map<String, String> values) {

    /** The trimmed value of the column, or an empty string when the cell is empty or the column absent. */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }

    public boolean isBlank() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
