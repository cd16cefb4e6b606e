package org.parsteering.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.parsteering.base.tabular.ImportColumn;
import org.parsteering.base.tabular.TabularFormat;

/**
 * The columns of an import as the dialog lists them, one block per column: its header as typed in the
 * file, required or optional, what it holds, the values it allows with their meaning, and an example. A
 * list rather than a table, so that it reads on a phone.
 */
class ImportColumnsList extends Div {

    ImportColumnsList(TabularFormat format) {
        addClassName("import-columns-list");
        for (ImportColumn c : format.columns()) {
            Div item = new Div();
            item.addClassName("import-column");
            item.getElement().setAttribute("data-column", c.name());
            Span name = new Span(c.name());
            name.addClassName("import-column-name");
            Span required = new Span(getTranslation(c.required() ? "import.required" : "import.optional"));
            required.addClassName(c.required() ? "import-column-required" : "import-column-optional");
            Div head = new Div(name, required);
            head.addClassName("import-column-head");
            Div rule = new Div(getTranslation(c.ruleKey()));
            rule.addClassName("import-column-rule");
            item.add(head, rule);
            if (!c.allowed().isEmpty()) {
                Div allowed = new Div(getTranslation(
                        "import.allowedValues",
                        c.allowed().stream()
                                .map(v -> v.code() + " (" + getTranslation(v.labelKey()) + ")")
                                .collect(Collectors.joining(", "))));
                allowed.addClassName("import-column-allowed");
                item.add(allowed);
            }
            String example =
                    c.examples().stream().filter(e -> !e.isEmpty()).findFirst().orElse("");
            if (!example.isEmpty()) {
                Div ex = new Div(getTranslation("import.example", example));
                ex.addClassName("import-column-example");
                item.add(ex);
            }
            add(item);
        }
    }
}
