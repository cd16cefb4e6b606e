package org.parsteering.base.tabular;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns an import accepts (SPEC section 5): required ones must be present, optional ones may be,
 * any other column is an error because it hints at a wrong file. Each column says what it holds and which
 * values it allows ({@link ImportColumn}), for the import dialog, the templates and the README.
 */
public record TabularFormat(String name, List<ImportColumn> columns) {

    public TabularFormat {
        columns = List.copyOf(columns);
    }

    public TabularFormat(String name, ImportColumn... columns) {
        this(name, List.of(columns));
    }

    public List<String> required() {
        return columns.stream()
                .filter(ImportColumn::required)
                .map(ImportColumn::name)
                .toList();
    }

    public List<String> optional() {
        return columns.stream()
                .filter(c -> !c.required())
                .map(ImportColumn::name)
                .toList();
    }

    public Set<String> allColumns() {
        Set<String> all = new LinkedHashSet<>();
        columns.forEach(c -> all.add(c.name()));
        return all;
    }
}
