package org.parsteering.base.tabular;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns an import accepts (SPEC section 5): required ones must be present, optional ones may be,
 * any other column is an error because it hints at a wrong file.
 */
public record TabularFormat(String name, List<String> required, List<String> optional) {

    public TabularFormat {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public Set<String> allColumns() {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        return all;
    }
}
