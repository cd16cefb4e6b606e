package org.parsteering.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parsteering.base.Roles;
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

    public MyUnitView(ProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        addClassName("my-unit-view");
        add(new ViewHeader(
                getTranslation("nav.myUnit") + " · " + currentUser.require().unitName(),
                getTranslation("myUnit.description")));

        grid.addComponentColumn(a -> {
                    Anchor link = new Anchor("tasks/" + a.taskCode(), a.taskCode());
                    Div d = new Div(link, new Div(new Span(a.taskTitle())));
                    d.addClassName("assignment-title");
                    return d;
                })
                .setHeader(getTranslation("tasks.title"))
                .setWidth("20rem")
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.lead() ? "tasks.lead" : "tasks.coordinating"))
                .setHeader(getTranslation("tasks.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.date(a.deadline(), getLocale()))
                .setHeader(getTranslation("tasks.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> Badges.status(this, a.status()))
                .setHeader(getTranslation("tasks.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
                    ProgressBar bar = new ProgressBar(0, 100, a.progress());
                    bar.setWidth("5rem");
                    return new Div(bar, new Span(a.progress() + " %"));
                })
                .setHeader(getTranslation("tasks.progress"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
                    Div d = new Div();
                    Badges.urgency(this, a.overdue(), a.dueSoon(), a.doneLate()).forEach(d::add);
                    if (a.returnReason() != null) {
                        Span r = new Span(getTranslation("tasks.returnedBecause", a.returnReason()));
                        r.addClassName("return-reason");
                        d.add(r);
                    }
                    return d;
                })
                .setHeader("")
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addComponentColumn(a -> AssignmentActions.forUnitHead(this, progress, a, this::refresh))
                .setHeader(getTranslation("common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("myUnit.empty"));
        grid.setId("my-unit-grid");
        grid.setMinHeight("24rem");
        refresh();
        add(grid);
        setSizeFull();
    }

    void refresh() {
        grid.setItems(progress.myAssignments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myUnit");
    }
}
