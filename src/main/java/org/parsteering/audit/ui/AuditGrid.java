package org.parsteering.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import org.parsteering.audit.AuditEntry;

/**
 * Audit rows as a grid: when, who, unit, record, action, field and "old → new", all in words through
 * {@link AuditFormatter}. Used by the audit log, the task page and the settings page.
 */
public class AuditGrid extends Grid<AuditLine> {

    private final AuditFormatter formatter;

    public AuditGrid(boolean withUnit) {
        formatter = VaadinService.getCurrent().getInstantiator().getOrCreate(AuditFormatter.class);
        // Widths that fit a 1440 px screen beside the menu; long names and changes wrap instead of widening.
        addColumn(AuditLine::when)
                .setHeader(getTranslation("tasks.when"))
                .setWidth("9rem")
                .setFlexGrow(0);
        addColumn(AuditLine::actor)
                .setHeader(getTranslation("audit.actor"))
                .setWidth("8rem")
                .setFlexGrow(1);
        if (withUnit) {
            addColumn(AuditLine::unit)
                    .setHeader(getTranslation("audit.unit"))
                    .setWidth("8rem")
                    .setFlexGrow(1);
        }
        addColumn(AuditLine::record)
                .setHeader(getTranslation("audit.entity"))
                .setWidth("10rem")
                .setFlexGrow(1);
        addColumn(AuditLine::action)
                .setHeader(getTranslation("audit.action"))
                .setWidth("8rem")
                .setFlexGrow(1);
        addColumn(AuditLine::field)
                .setHeader(getTranslation("audit.field"))
                .setWidth("8rem")
                .setFlexGrow(1);
        addColumn(AuditLine::change)
                .setHeader(getTranslation("audit.change"))
                .setWidth("12rem")
                .setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** Shows these rows, in words in the grid's language. */
    public void setEntries(List<AuditEntry> entries) {
        setItems(lines(entries));
    }

    /** The rows in words in the grid's language (for a lazily loaded grid, one page at a time). */
    public List<AuditLine> lines(List<AuditEntry> entries) {
        return formatter.lines(entries, getLocale());
    }

    /** The formatter behind the grid, for the other texts of the same page (a person's name). */
    public AuditFormatter formatter() {
        return formatter;
    }
}
