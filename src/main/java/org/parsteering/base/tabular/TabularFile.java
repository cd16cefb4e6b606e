package org.parsteering.base.tabular;

import java.util.List;

/** A parsed import file: its (lower-case) columns in file order and its non-blank data rows. */
public record TabularFile(List<String> columns, List<TabularRow> rows) {

    public TabularFile {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }
}
