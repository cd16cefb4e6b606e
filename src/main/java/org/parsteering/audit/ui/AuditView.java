package org.parsteering.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.parsteering.audit.AuditFilter;
import org.parsteering.audit.AuditService;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.ViewHeader;
import org.springframework.data.domain.PageRequest;

/** The audit log: who changed what, when, from which value to which; filterable and loaded page by page. */
@Route("audit")
@RolesAllowed({Roles.SECRETARY, Roles.COMMITTEE, Roles.INSPECTOR})
@Menu(order = 90, icon = "vaadin:records", title = "nav.audit")
public class AuditView extends Main implements HasDynamicTitle {

    final TextField actor = new TextField();
    final TextField unit = new TextField();
    final Select<String> entity = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final AuditGrid grid = new AuditGrid(true);

    public AuditView(AuditService audit) {
        addClassName("audit-view");
        add(new ViewHeader(getTranslation("nav.audit"), getTranslation("audit.description")));

        actor.setPlaceholder(getTranslation("audit.actorFilter"));
        actor.setAriaLabel(getTranslation("audit.actorFilter"));
        unit.setPlaceholder(getTranslation("audit.unitFilter"));
        unit.setAriaLabel(getTranslation("audit.unitFilter"));
        for (TextField f : new TextField[] {actor, unit}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        entity.setItems(audit.entityTypes());
        entity.setEmptySelectionAllowed(true);
        entity.setEmptySelectionCaption(getTranslation("audit.allEntities"));
        entity.setItemLabelGenerator(t -> t == null
                ? getTranslation("audit.allEntities")
                : grid.formatter().entityType(t, getLocale()));
        entity.setAriaLabel(getTranslation("audit.entity"));
        entity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.setPlaceholder(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        Localized.datePicker(from);
        Localized.datePicker(to);
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, unit, entity, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filter-bar");

        grid.setItems(
                q ->
                        grid
                                .lines(audit.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                                        .getContent())
                                .stream(),
                q -> (int) Math.min(
                        Integer.MAX_VALUE,
                        audit.search(filter(), PageRequest.of(0, 1)).getTotalElements()));
        grid.setId("audit-grid");
        grid.setSizeFull();
        add(filters, grid);
        setSizeFull();
    }

    AuditFilter filter() {
        return new AuditFilter(
                actor.getValue(),
                unit.getValue() == null ? null : unit.getValue().toUpperCase(java.util.Locale.ROOT),
                entity.getValue(),
                from.getValue(),
                to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
