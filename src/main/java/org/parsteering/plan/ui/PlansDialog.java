package org.parsteering.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.parsteering.base.ui.Notifications;
import org.parsteering.plan.PlanService;
import org.parsteering.plan.PlanSummary;

/**
 * The secretary's plans: the five-year plans with the current one marked, a new plan (created with the
 * seven standard PAR fields) and the choice of the current plan that every screen opens with.
 */
class PlansDialog extends Dialog {

    final Grid<PlanSummary> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final IntegerField startYear = new IntegerField();
    final IntegerField endYear = new IntegerField();
    private final PlanService plans;

    PlansDialog(PlanService plans) {
        this.plans = plans;
        setHeaderTitle(getTranslation("plans.title"));
        setWidth("min(48rem, 96vw)");

        grid.addColumn(PlanSummary::code)
                .setHeader(getTranslation("plans.code"))
                .setAutoWidth(true);
        grid.addColumn(PlanSummary::name)
                .setHeader(getTranslation("plans.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(p -> {
                    if (p.current()) {
                        Span s = new Span(getTranslation("plans.current"));
                        s.getElement().getThemeList().add("badge success");
                        return s;
                    }
                    Button make = new Button(getTranslation("plans.makeCurrent"), e -> {
                        plans.makeCurrent(p.code());
                        Notifications.success(getTranslation("plans.madeCurrent", p.code()));
                        close();
                        UI.getCurrent().getPage().reload();
                    });
                    make.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return make;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);

        code.setLabel(getTranslation("plans.code"));
        code.setPlaceholder("2026-2030");
        code.setId("plan-code");
        name.setLabel(getTranslation("plans.name"));
        name.setId("plan-name");
        startYear.setLabel(getTranslation("plans.startYear"));
        endYear.setLabel(getTranslation("plans.endYear"));
        Button create = new Button(getTranslation("plans.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("plan-create");
        FormLayout form = new FormLayout(code, name, startYear, endYear);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(grid, new H3(getTranslation("plans.new")), form, create);
        refresh();
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    void create() {
        if (startYear.getValue() == null || endYear.getValue() == null) {
            Notifications.error(getTranslation("plan.error.years"));
            return;
        }
        PlanSummary p = plans.create(
                code.getValue().strip(), name.getValue().strip(), startYear.getValue(), endYear.getValue());
        Notifications.success(getTranslation("plans.created", p.code()));
        code.clear();
        name.clear();
        startYear.clear();
        endYear.clear();
        refresh();
    }

    private void refresh() {
        grid.setItems(plans.all());
    }
}
