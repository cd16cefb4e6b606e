package org.parsteering.dossier.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.dossier.OnlineLevel;
import org.parsteering.dossier.ProcedureLevel;
import org.parsteering.dossier.ProcedureService;
import org.parsteering.dossier.ProcedureSummary;

/** The procedure catalogue: how many procedures of each level are fully or partly online, and a search. */
@Route("procedures")
@PermitAll
@Menu(order = 22, icon = "vaadin:book", title = "nav.procedures")
public class ProceduresView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<ProcedureSummary> grid = new Grid<>();
    final Div summary = new Div();

    public ProceduresView(ProcedureService procedures) {
        addClassName("procedures-view");
        add(new ViewHeader(getTranslation("nav.procedures"), getTranslation("procedures.description")));
        Map<ProcedureLevel, Map<OnlineLevel, Long>> counts = procedures.counts();
        summary.addClassName("card-grid");
        summary.setId("procedure-counts");
        for (ProcedureLevel level : ProcedureLevel.values()) {
            Map<OnlineLevel, Long> c = counts.get(level);
            long total = c.values().stream().mapToLong(Long::longValue).sum();
            Div card = new Div();
            card.addClassName("card");
            Span title = new Span(getTranslation("procedures.level." + level.name()));
            title.addClassName("card-title");
            Span value = new Span(String.valueOf(total));
            value.addClassName("stat-value");
            Span detail = new Span(getTranslation(
                    "procedures.split", c.get(OnlineLevel.FULL), c.get(OnlineLevel.PARTIAL), c.get(OnlineLevel.NONE)));
            detail.addClassName("stat-label");
            card.add(title, value, new Div(detail));
            summary.add(card);
        }
        search.setPlaceholder(getTranslation("common.search"));
        search.setAriaLabel(getTranslation("common.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(ProcedureSummary::code)
                .setHeader(getTranslation("procedures.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProcedureSummary::name)
                .setHeader(getTranslation("procedures.name"))
                .setWidth("20rem")
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation("procedures.level." + p.level().name()))
                .setHeader(getTranslation("procedures.levelCol"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p ->
                        getTranslation("procedures.online." + p.onlineLevel().name()))
                .setHeader(getTranslation("procedures.onlineCol"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.feeRequired() ? "procedures.fee" : "procedures.noFee"))
                .setHeader(getTranslation("procedures.feeCol"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> procedures.search(search.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) procedures.count(search.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("procedures-grid");
        grid.setMinHeight("24rem");
        add(summary, search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.procedures");
    }
}
