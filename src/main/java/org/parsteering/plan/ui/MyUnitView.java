package org.parsteering.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.CompactGrid;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.plan.AssignmentView;
import org.parsteering.plan.ProgressService;
import org.parsteering.security.CurrentUser;

/** A unit head's own work: the unit's assignments, overdue first, then due soon, with quick reporting. */
@Route("my-unit")
@RolesAllowed(Roles.UNIT_HEAD)
@Menu(order = 5, icon = "vaadin:briefcase", title = "nav.myUnit")
public class MyUnitView extends Main implements HasDynamicTitle {

    private final ProgressService progress;
    final Grid<AssignmentView> grid = new Grid<>();
    final CompactGrid<AssignmentView> cards;

    public MyUnitView(ProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        addClassName("my-unit-view");
        add(new ViewHeader(
                getTranslation("nav.myUnit") + " · " + currentUser.require().unitName(),
                getTranslation("myUnit.description")));

        grid.addComponentColumn(a -> {
                    Div d = new Div(
                            new Anchor("tasks/" + a.taskCode(), a.taskCode()), new Div(new Span(a.taskTitle())));
                    returnReason(a).ifPresent(d::add);
                    d.addClassName("assignment-title");
                    return d;
                })
                .setHeader(getTranslation("tasks.title"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.lead() ? "tasks.lead" : "tasks.coordinating"))
                .setHeader(getTranslation("tasks.role"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> Formats.date(a.deadline(), getLocale()))
                .setHeader(getTranslation("tasks.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // The urgency badges sit under the status: a column of their own pushed the grid past a laptop's width.
        grid.addComponentColumn(this::badges)
                .setHeader(getTranslation("tasks.status"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> Badges.progress(a.progress()))
                .setHeader(getTranslation("tasks.progress"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> AssignmentActions.forUnitHead(this, progress, a, this::refresh))
                .setHeader(getTranslation("common.actions"))
                .setWidth("11.5rem")
                .setFlexGrow(0);
        cards = CompactGrid.of(grid, this::card, getTranslation("myUnit.assignments"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("myUnit.empty"));
        grid.setId("my-unit-grid");
        grid.setMinHeight("24rem");
        refresh();
        add(grid);
        setSizeFull();
    }

    /** One assignment as a phone shows it: code, title, deadline, status, progress and the actions. */
    private Component card(AssignmentView a) {
        Anchor code = new Anchor("tasks/" + a.taskCode(), a.taskCode());
        code.addClassName("compact-card-code");
        Span title = new Span(a.taskTitle());
        title.addClassName("compact-card-title");
        Span meta = new Span(getTranslation(a.lead() ? "tasks.lead" : "tasks.coordinating")
                + " · "
                + getTranslation("myUnit.deadline", Formats.date(a.deadline(), getLocale())));
        meta.addClassName("compact-card-meta");
        Div card = new Div(code, title, meta, badges(a), Badges.progress(a.progress()));
        returnReason(a).ifPresent(card::add);
        Component actions = AssignmentActions.forUnitHead(this, progress, a, this::refresh);
        if (actions.getChildren().findAny().isPresent()) {
            card.add(actions);
        }
        return card;
    }

    private Div badges(AssignmentView a) {
        return Badges.statusAndUrgency(this, a.status(), a.overdue(), a.dueSoon(), a.doneLate());
    }

    private java.util.Optional<Span> returnReason(AssignmentView a) {
        if (a.returnReason() == null) {
            return java.util.Optional.empty();
        }
        Span r = new Span(getTranslation("tasks.returnedBecause", a.returnReason()));
        r.addClassName("return-reason");
        return java.util.Optional.of(r);
    }

    void refresh() {
        grid.setItems(progress.myAssignments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myUnit");
    }
}
