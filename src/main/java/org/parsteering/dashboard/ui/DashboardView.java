package org.parsteering.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitType;

/** The start page: who you are in the steering work, and the units the committee steers. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
public class DashboardView extends Main implements HasDynamicTitle {

    public DashboardView(CurrentUser currentUser, UnitService unitService) {
        addClassName("dashboard-view");
        ParUser user = currentUser.require();
        add(new ViewHeader(
                getTranslation("dashboard.greeting", user.displayName()), getTranslation("dashboard.description")));

        Div you = card(
                getTranslation("dashboard.you"),
                getTranslation(user.role().messageKey()),
                user.unitName() == null
                        ? getTranslation("dashboard.allUnits")
                        : user.unitCode() + " — " + user.unitName());
        you.setId("dashboard-you");

        Map<UnitType, Long> counts = unitService.countActiveByType();
        Div units = new Div();
        units.addClassNames("stat-row");
        units.setId("dashboard-units");
        for (UnitType type : UnitType.values()) {
            Div stat = new Div();
            stat.addClassName("stat");
            Span value = new Span(String.valueOf(counts.get(type)));
            value.addClassName("stat-value");
            Span label = new Span(getTranslation("dashboard.units." + type.name()));
            label.addClassName("stat-label");
            stat.add(value, label);
            units.add(stat);
        }
        Div unitsCard = new Div(new Span(getTranslation("dashboard.unitsTitle")), units);
        unitsCard.addClassName("card");
        unitsCard
                .getChildren()
                .findFirst()
                .ifPresent(c -> c.getElement().getClassList().add("card-title"));

        Div grid = new Div(you, unitsCard);
        grid.addClassName("card-grid");
        add(grid);
    }

    private static Div card(String title, String... lines) {
        Div card = new Div();
        card.addClassName("card");
        Span t = new Span(title);
        t.addClassName("card-title");
        card.add(t);
        for (String line : lines) {
            card.add(new Paragraph(line));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
