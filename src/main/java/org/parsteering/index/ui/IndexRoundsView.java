package org.parsteering.index.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parsteering.base.Role;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.IndexSetSummary;
import org.parsteering.index.RoundDraft;
import org.parsteering.index.RoundState;
import org.parsteering.index.RoundSummary;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;

/**
 * Assessment rounds (SPEC 3a): every round with its stage, deadlines and how many units have submitted; the
 * committee and the secretary open a round (set, year, units, the figures' period and the deadlines). A unit head
 * sees the rounds their unit is assessed in. A round opens on its own page.
 */
@Route("indexes/rounds")
@PermitAll
public class IndexRoundsView extends Main implements HasDynamicTitle {

    private final AssessmentService rounds;
    private final IndexSetService sets;
    private final UnitService units;
    private final Clock clock;
    private final ParUser user;
    final Grid<RoundSummary> grid = new Grid<>();

    public IndexRoundsView(
            AssessmentService rounds, IndexSetService sets, UnitService units, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.sets = sets;
        this.units = units;
        this.clock = clock;
        this.user = currentUser.require();
        addClassName("index-rounds-view");
        boolean manager = user.role() == Role.COMMITTEE || user.role() == Role.SECRETARY;
        Button open = new Button(getTranslation("index.round.open"), VaadinIcon.PLUS.create(), e -> openDialog());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("index-round-open");
        open.setVisible(manager);
        add(new ViewHeader(getTranslation("nav.indexes"), getTranslation("index.rounds.description"), open));
        add(new IndexTabs(IndexTabs.Page.ROUNDS));

        grid.addColumn(r -> r.setCode() + " — " + r.setName(getLocale()))
                .setHeader(getTranslation("index.round.set"))
                .setFlexGrow(3)
                .setWidth("16rem");
        grid.addColumn(RoundSummary::year)
                .setHeader(getTranslation("index.set.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> RoundBadges.state(this, r.state()))
                .setHeader(getTranslation("index.round.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("index.round.submittedOf", r.submitted(), r.units()))
                .setHeader(getTranslation("index.round.submitted"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.selfDue(), getLocale()))
                .setHeader(getTranslation("index.round.selfDue"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.appraisalDue(), getLocale()))
                .setHeader(getTranslation("index.round.appraisalDue"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.appealDue() == null
                        ? getTranslation("index.round.noAppeals")
                        : Formats.date(r.appealDue(), getLocale()))
                .setHeader(getTranslation("index.round.appealDue"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate(IndexRoundView.path(e.getItem().id(), null)));
        grid.setId("index-rounds-grid");
        grid.setSizeFull();
        add(grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        List<RoundSummary> list = user.role() == Role.UNIT_HEAD
                ? (user.unitCode() == null ? List.of() : rounds.roundsOf(user.unitCode()))
                : rounds.rounds();
        grid.setItems(list);
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("index.round.openTitle"));
        ComboBox<IndexSetSummary> set = new ComboBox<>(getTranslation("index.round.set"));
        set.setItems(sets.sets());
        set.setItemLabelGenerator(s -> s.code() + " — " + s.name(getLocale()));
        set.setId("index-round-set");
        IntegerField year = new IntegerField(getTranslation("index.set.year"));
        year.setStepButtonsVisible(true);
        year.setId("index-round-year");
        MultiSelectComboBox<UnitSummary> unitChoice = new MultiSelectComboBox<>(getTranslation("index.round.units"));
        unitChoice.setItems(units.activeUnits());
        unitChoice.setItemLabelGenerator(UnitSummary::label);
        unitChoice.setHelperText(getTranslation("index.round.unitsHelp"));
        unitChoice.setId("index-round-units");
        LocalDate today = LocalDate.now(clock);
        DatePicker from = Localized.datePicker(new DatePicker(getTranslation("index.round.periodFrom")));
        DatePicker to = Localized.datePicker(new DatePicker(getTranslation("index.round.periodTo")));
        DatePicker selfDue =
                Localized.datePicker(new DatePicker(getTranslation("index.round.selfDue"), today.plusDays(30)));
        DatePicker appraisalDue =
                Localized.datePicker(new DatePicker(getTranslation("index.round.appraisalDue"), today.plusDays(60)));
        DatePicker appealDue =
                Localized.datePicker(new DatePicker(getTranslation("index.round.appealDue"), today.plusDays(75)));
        appealDue.setHelperText(getTranslation("index.round.appealHelp"));
        selfDue.setId("index-round-self-due");
        appraisalDue.setId("index-round-appraisal-due");
        appealDue.setId("index-round-appeal-due");
        set.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                year.setValue(e.getValue().year());
                from.setValue(LocalDate.of(e.getValue().year(), 1, 1));
                to.setValue(LocalDate.of(e.getValue().year(), 12, 31));
            }
        });
        FormLayout form = new FormLayout(set, year, unitChoice, from, to, selfDue, appraisalDue, appealDue);
        form.setColspan(set, 2);
        form.setColspan(unitChoice, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(new Paragraph(getTranslation("index.round.openText")), form);
        FieldErrors errors = new FieldErrors(this)
                .on("index.round.error.exists", year)
                .on("index.error.badYear", year)
                .on("index.error.setNotFound", set)
                .on("index.round.error.period", to)
                .on("index.round.error.deadlines", appraisalDue)
                .on("index.round.error.datesRequired", selfDue)
                .on("index.round.error.unitType", unitChoice)
                .on("index.round.error.unitNotActive", unitChoice)
                .on("index.round.error.noUnits", unitChoice)
                .on("index.round.error.noItems", set);
        Button go = new Button(
                getTranslation("index.round.openGo"),
                e -> errors.save(() -> {
                    RoundSummary opened = rounds.open(new RoundDraft(
                            set.getValue() == null ? null : set.getValue().code(),
                            year.getValue() == null ? 0 : year.getValue(),
                            unitChoice.getValue().stream()
                                    .map(UnitSummary::code)
                                    .sorted()
                                    .toList(),
                            from.getValue(),
                            to.getValue(),
                            selfDue.getValue(),
                            appraisalDue.getValue(),
                            appealDue.getValue()));
                    dialog.close();
                    Notifications.success(getTranslation(
                            "index.round.opened", opened.setCode(), String.valueOf(opened.year()), opened.units()));
                    refresh();
                }));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("index-round-open-go");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), go);
        dialog.setWidth("min(42rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index.tab.rounds");
    }

    /** The stage badges of rounds and scores. */
    static final class RoundBadges {
        private RoundBadges() {}

        static Component state(Component c, RoundState state) {
            Span s = new Span(c.getTranslation(state.messageKey()));
            s.getElement()
                    .getThemeList()
                    .add(
                            switch (state) {
                                case OPEN -> "badge";
                                case APPRAISAL, APPEAL -> "badge contrast";
                                case PUBLISHED -> "badge success";
                            });
            return s;
        }
    }
}
