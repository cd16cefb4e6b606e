package org.parsteering.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.plan.PlanService;
import org.parsteering.plan.PlanSummary;
import org.parsteering.unit.UnitService;

/**
 * The secretary's plans: the five-year plans with the current and the closed ones marked, a new plan (created
 * with the seven standard PAR fields), the choice of the current plan that every screen opens with, closing a
 * plan whose period is over (reopening it with a reason), and each plan's fields ({@link FieldsDialog}).
 */
class PlansDialog extends Dialog {

    final Grid<PlanSummary> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final IntegerField startYear = new IntegerField();
    final IntegerField endYear = new IntegerField();
    private final PlanService plans;
    private final UnitService units;

    PlansDialog(PlanService plans, UnitService units) {
        this.plans = plans;
        this.units = units;
        setHeaderTitle(getTranslation("plans.title"));
        setWidth("min(56rem, 96vw)");

        grid.addColumn(PlanSummary::code)
                .setHeader(getTranslation("plans.code"))
                .setAutoWidth(true);
        grid.addColumn(PlanSummary::name)
                .setHeader(getTranslation("plans.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("plans.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("plans.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
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

    private Span status(PlanSummary p) {
        Span s;
        if (p.current()) {
            s = new Span(getTranslation("plans.current"));
            s.getElement().getThemeList().add("badge success");
        } else if (p.closed()) {
            s = new Span(getTranslation(
                    "plans.closed", Formats.date(LocalDate.ofInstant(p.closedAt(), Formats.ZONE), getLocale())));
            s.getElement().getThemeList().add("badge contrast");
        } else {
            s = new Span();
        }
        return s;
    }

    /** Fields (every plan); make current and close (an open plan that is not current); reopen (a closed one). */
    private HorizontalLayout actions(PlanSummary p) {
        HorizontalLayout l = new HorizontalLayout();
        l.setSpacing(false);
        l.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        l.add(small(getTranslation("plans.fields"), () -> new FieldsDialog(plans, units, p).open()));
        if (!p.current() && !p.closed()) {
            l.add(small(getTranslation("plans.makeCurrent"), () -> {
                plans.makeCurrent(p.code());
                Notifications.success(getTranslation("plans.madeCurrent", p.code()));
                close();
                UI.getCurrent().getPage().reload();
            }));
            l.add(small(getTranslation("plans.close"), () -> confirmClose(p)));
        }
        if (p.closed()) {
            l.add(small(getTranslation("plans.reopen"), () -> reopen(p)));
        }
        return l;
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void confirmClose(PlanSummary p) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("plans.close") + " " + p.code());
        d.setText(getTranslation("plans.closeConfirm", p.code()));
        d.setCancelable(true);
        d.setCancelText(getTranslation("common.cancel"));
        d.setConfirmText(getTranslation("plans.close"));
        d.addConfirmListener(e -> {
            plans.close(p.code(), p.version());
            Notifications.success(getTranslation("plans.closedDone", p.code()));
            refresh();
        });
        d.setId("plan-close-confirm");
        d.open();
    }

    private void reopen(PlanSummary p) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("plans.reopenTitle", p.code()));
        TextArea reason = new TextArea(getTranslation("plans.reopenReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("plan-reopen-reason");
        d.add(reason);
        d.setCancelable(true);
        d.setCancelText(getTranslation("common.cancel"));
        d.setConfirmText(getTranslation("plans.reopen"));
        d.addConfirmListener(e -> {
            plans.reopen(p.code(), p.version(), reason.getValue());
            Notifications.success(getTranslation("plans.reopened", p.code()));
            refresh();
        });
        d.setId("plan-reopen");
        d.open();
    }

    private void refresh() {
        grid.setItems(plans.all());
    }
}
