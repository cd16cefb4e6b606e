package org.parsteering.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.parsteering.audit.AuditEntry;
import org.parsteering.base.ui.Formats;

/** Audit rows as a grid: when, who, unit, record, action, field and "old → new". Used by the log and task pages. */
public class AuditGrid extends Grid<AuditEntry> {

    public AuditGrid(boolean withUnit) {
        addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("tasks.when"))
                .setAutoWidth(true);
        addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        if (withUnit) {
            addColumn(e -> e.unitCode() == null ? "" : e.unitCode())
                    .setHeader(getTranslation("audit.unit"))
                    .setAutoWidth(true);
        }
        addColumn(e -> e.entityType() + " " + e.entityKey())
                .setHeader(getTranslation("audit.entity"))
                .setWidth("14rem");
        addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        addColumn(e -> e.field() == null ? "" : e.field())
                .setHeader(getTranslation("audit.field"))
                .setAutoWidth(true);
        addColumn(AuditGrid::change)
                .setHeader(getTranslation("audit.change"))
                .setWidth("20rem")
                .setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    static String change(AuditEntry e) {
        if (e.field() == null) {
            return "";
        }
        return (e.oldValue() == null ? "—" : e.oldValue()) + " → " + (e.newValue() == null ? "—" : e.newValue());
    }
}
