package org.parsteering.index.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.IndexItem;
import org.parsteering.index.IndexResultService;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.IndexSetSummary;
import org.parsteering.index.LocalityScore;
import org.parsteering.index.LostPoints;
import org.parsteering.index.RoundResults;
import org.parsteering.index.RoundState;
import org.parsteering.index.RoundSummary;
import org.parsteering.index.UnitResult;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.unit.UnitType;

/**
 * Results (SPEC 3a): a round's ranking per unit type with bands and the change against the previous round, a heat
 * map of units × areas, and for a unit where its points were lost — the items with the most points lost, the tasks
 * tied to each and "create a task" prefilled with the criterion, the unit and a deadline; then the locality's own
 * score of a set (the Decision 766 score) per quarter or month with the points of each indicator. A unit head sees
 * published rounds and only their own unit's weakest items.
 */
@Route("indexes/results")
@PermitAll
public class IndexResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService rounds;
    private final IndexResultService results;
    private final IndexSetService sets;
    private final Clock clock;
    private final ParUser user;
    final Select<RoundSummary> roundChoice = new Select<>();
    final Paragraph provisional = new Paragraph();
    final Div rankings = new Div();
    final Grid<UnitResult> heat = new Grid<>();
    final H3 weakTitle = new H3();
    final Grid<LostPoints> weak = new Grid<>();
    final Select<IndexSetSummary> localSet = new Select<>();
    final IntegerField localYear = new IntegerField();
    final RadioButtonGroup<Boolean> monthly = new RadioButtonGroup<>();
    final Div local = new Div();
    private RoundResults shown;
    private String weakUnit;

    public IndexResultsView(
            AssessmentService rounds,
            IndexResultService results,
            IndexSetService sets,
            CurrentUser currentUser,
            Clock clock) {
        this.rounds = rounds;
        this.results = results;
        this.sets = sets;
        this.clock = clock;
        this.user = currentUser.require();
        addClassName("index-results-view");
        add(new ViewHeader(getTranslation("nav.indexes"), getTranslation("index.results.description")));
        add(new IndexTabs(IndexTabs.Page.RESULTS));

        roundChoice.setLabel(getTranslation("index.results.round"));
        List<RoundSummary> visible = rounds.rounds().stream()
                .filter(r -> r.state() == RoundState.PUBLISHED || user.role() != Role.UNIT_HEAD)
                .toList();
        roundChoice.setItems(visible);
        roundChoice.setItemLabelGenerator(r -> r.setCode() + " · " + r.year() + " · "
                + getTranslation(r.state().messageKey()));
        roundChoice.setId("index-results-round");
        roundChoice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        provisional.addClassName("notice");
        heat.addThemeVariants(GridVariant.LUMO_COMPACT);
        heat.setId("index-heat-map");
        heat.setAllRowsVisible(true);
        heat.addClassName("heat-map");
        heat.addItemClickListener(e -> showWeakest(e.getItem()));
        weak.addColumn(l -> l.item().code())
                .setHeader(getTranslation("index.item.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        weak.addColumn(l -> l.item().title(getLocale()))
                .setHeader(getTranslation("index.item.title"))
                .setFlexGrow(4)
                .setWidth("16rem");
        weak.addColumn(l -> Formats.decimal(l.points(), getLocale()) + " / "
                        + Formats.decimal(l.item().maxPoints(), getLocale()))
                .setHeader(getTranslation("index.score.points"))
                .setAutoWidth(true);
        weak.addColumn(l -> Formats.decimal(l.lost(), getLocale()))
                .setHeader(getTranslation("index.results.lost"))
                .setAutoWidth(true);
        weak.addComponentColumn(this::tasksCell)
                .setHeader(getTranslation("index.results.tasks"))
                .setWidth("14rem")
                .setKey("tasks");
        weak.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        weak.setAllRowsVisible(true);
        weak.setId("index-weakest");

        H2 roundTitle = new H2(getTranslation("index.results.ranking"));
        H2 heatTitle = new H2(getTranslation("index.results.heatMap"));
        Paragraph heatHint = new Paragraph(getTranslation("index.results.heatHint"));
        heatHint.addClassName("hint");
        add(roundChoice, provisional, roundTitle, rankings, heatTitle, heatHint, heat, weakTitle, weak);

        H2 localTitle = new H2(getTranslation("index.results.locality"));
        localSet.setLabel(getTranslation("index.round.set"));
        localSet.setItems(sets.sets().stream()
                .filter(s ->
                        sets.items(s.code()).stream().anyMatch(i -> i.method().computed()))
                .toList());
        localSet.setItemLabelGenerator(s -> s.code() + " — " + s.name(getLocale()));
        localSet.setId("index-local-set");
        localYear.setLabel(getTranslation("index.set.year"));
        localYear.setValue(LocalDate.now(clock).getYear());
        localYear.setStepButtonsVisible(true);
        localYear.setId("index-local-year");
        monthly.setItems(Boolean.FALSE, Boolean.TRUE);
        monthly.setItemLabelGenerator(b -> getTranslation(b ? "index.results.monthly" : "index.results.quarterly"));
        monthly.setValue(Boolean.FALSE);
        localSet.addValueChangeListener(e -> showLocality());
        localYear.addValueChangeListener(e -> showLocality());
        monthly.addValueChangeListener(e -> showLocality());
        HorizontalLayout localFilters = new HorizontalLayout(localSet, localYear, monthly);
        localFilters.setWrap(true);
        localFilters.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        Paragraph localHint = new Paragraph(getTranslation("index.results.localityHint"));
        localHint.addClassName("hint");
        add(localTitle, localHint, localFilters, local);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("round")
                .flatMap(s -> {
                    try {
                        return Optional.of(Long.parseLong(s));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
        List<RoundSummary> items = roundChoice.getListDataView().getItems().toList();
        Optional<RoundSummary> pick = wanted.flatMap(
                        id -> items.stream().filter(r -> r.id() == id).findFirst())
                .or(() -> items.stream()
                        .filter(r -> r.state() == RoundState.PUBLISHED)
                        .findFirst())
                .or(() -> items.stream().findFirst());
        pick.ifPresent(roundChoice::setValue);
        if (pick.isEmpty()) {
            provisional.setText(getTranslation("index.results.none"));
        }
        localSet.getListDataView()
                .getItems()
                .filter(s -> s.code().startsWith("QD766"))
                .findFirst()
                .or(() -> localSet.getListDataView().getItems().findFirst())
                .ifPresent(localSet::setValue);
    }

    void show(RoundSummary round) {
        shown = results.results(round.id());
        provisional.setText(
                shown.provisional()
                        ? getTranslation(
                                "index.results.provisional",
                                getTranslation(round.state().messageKey()))
                        : shown.previous() == null
                                ? getTranslation(
                                        "index.results.publishedFirst",
                                        Formats.dateTime(round.publishedAt(), getLocale()))
                                : getTranslation(
                                        "index.results.published",
                                        Formats.dateTime(round.publishedAt(), getLocale()),
                                        String.valueOf(shown.previous().year())));
        rankings.removeAll();
        shown.byType().forEach((type, list) -> rankings.add(ranking(type, list)));
        heatMap();
        weakTitle.setText("");
        weak.setItems(List.of());
        weak.setVisible(false);
        shown.units().stream()
                .filter(u -> u.unitCode().equals(user.unitCode()))
                .findFirst()
                .ifPresent(this::showWeakest);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "indexes/results?round=" + round.id()));
    }

    private Component ranking(UnitType type, List<UnitResult> list) {
        Grid<UnitResult> g = new Grid<>();
        g.addColumn(UnitResult::rank)
                .setHeader(getTranslation("index.results.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        g.addColumn(UnitResult::unitName)
                .setHeader(getTranslation("index.round.unit"))
                .setFlexGrow(3)
                .setWidth("13rem");
        g.addColumn(u -> Formats.decimal(u.total(), getLocale()))
                .setHeader(getTranslation("index.round.total"))
                .setAutoWidth(true);
        g.addColumn(u -> Formats.decimal(u.percent(), getLocale()) + " %")
                .setHeader(getTranslation("index.results.percent"))
                .setAutoWidth(true);
        g.addComponentColumn(this::band)
                .setHeader(getTranslation("index.results.band"))
                .setAutoWidth(true);
        g.addComponentColumn(this::change)
                .setHeader(getTranslation("index.results.change"))
                .setAutoWidth(true);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setItems(list);
        g.setAllRowsVisible(list.size() <= 12);
        if (list.size() > 12) {
            g.setHeight("24rem");
        }
        g.addClassName("index-ranking");
        g.setId("index-ranking-" + type.name());
        g.addItemClickListener(e -> showWeakest(e.getItem()));
        H3 title = new H3(getTranslation("index.results.rankingOf", getTranslation(type.messageKey()), list.size()));
        return new Div(title, g);
    }

    private Component band(UnitResult u) {
        Span s = new Span(u.band() == null ? "—" : u.band().name(getLocale()));
        int position = u.band() == null ? -1 : shown.set().bands().indexOf(u.band());
        s.getElement()
                .getThemeList()
                .add(
                        position == 0
                                ? "badge success"
                                : position == shown.set().bands().size() - 1 ? "badge error" : "badge");
        return s;
    }

    private Component change(UnitResult u) {
        if (u.rankChange() == null) {
            return new Span("—");
        }
        int c = u.rankChange();
        String text = (c > 0 ? "▲ " + c : c < 0 ? "▼ " + (-c) : "=")
                + " · "
                + (u.pointsChange().signum() > 0 ? "+" : "")
                + Formats.decimal(u.pointsChange(), getLocale());
        Span s = new Span(text);
        s.addClassName(c > 0 ? "change-up" : c < 0 ? "change-down" : "change-same");
        s.getElement()
                .setAttribute(
                        "title",
                        getTranslation(
                                "index.results.changeTitle",
                                u.previousRank(),
                                Formats.decimal(u.previousTotal(), getLocale())));
        return s;
    }

    private void heatMap() {
        heat.removeAllColumns();
        heat.addColumn(UnitResult::unitName)
                .setHeader(getTranslation("index.round.unit"))
                .setWidth("12rem")
                .setFlexGrow(0)
                .setFrozen(true);
        for (IndexItem area : shown.areas()) {
            heat.addColumn(u -> Formats.decimal(u.areaPoints().get(area.id()), getLocale()))
                    .setHeader(area.code())
                    .setTooltipGenerator(u -> area.label(getLocale()))
                    .setPartNameGenerator(u -> heatClass(u.areaPoints().get(area.id()), area))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        heat.setItems(shown.units());
    }

    /** The heat map's colour of an area: by the share of its maximum reached (bonus areas stay plain). */
    static String heatClass(BigDecimal points, IndexItem area) {
        if (points == null || area.maxPoints().signum() == 0 || area.minPoints().signum() < 0) {
            return "heat-none";
        }
        int pct = points.multiply(BigDecimal.valueOf(100))
                .divide(area.maxPoints(), 0, RoundingMode.DOWN)
                .intValue();
        return pct >= 90 ? "heat-4" : pct >= 80 ? "heat-3" : pct >= 65 ? "heat-2" : pct >= 50 ? "heat-1" : "heat-0";
    }

    void showWeakest(UnitResult unit) {
        if (user.role() == Role.UNIT_HEAD && !unit.unitCode().equals(user.unitCode())) {
            return;
        }
        List<LostPoints> lost = results.weakest(shown.round().id(), unit.unitCode(), 10);
        weakTitle.setText(getTranslation("index.results.weakest", unit.unitName()));
        weakUnit = unit.unitCode();
        weak.setItems(lost);
        weak.setVisible(true);
    }

    private Component tasksCell(LostPoints l) {
        Div cell = new Div();
        cell.addClassName("weak-tasks");
        l.tasks().forEach(t -> {
            Anchor a = new Anchor("tasks/" + t.code(), t.code());
            a.getElement().setAttribute("title", t.title());
            cell.add(a);
        });
        boolean manager = user.role() == Role.COMMITTEE || user.role() == Role.SECRETARY;
        if (manager) {
            String unit = weakUnit;
            LocalDate deadline = LocalDate.now(clock).plusMonths(3);
            Anchor create = new Anchor(
                    "tasks?new=1&criterion=" + l.item().id() + "&unit=" + (unit == null ? "" : unit) + "&deadline="
                            + deadline,
                    getTranslation("index.results.createTask"));
            create.addClassName("link-button");
            create.getElement().setAttribute("data-criterion", l.item().code());
            cell.add(create);
        }
        return cell;
    }

    void showLocality() {
        local.removeAll();
        IndexSetSummary set = localSet.getValue();
        Integer year = localYear.getValue();
        if (set == null || year == null) {
            return;
        }
        List<LocalityScore> periods =
                results.localityTrend(set.code(), year, Boolean.TRUE.equals(monthly.getValue()), LocalDate.now(clock));
        if (periods.isEmpty()) {
            local.add(new Paragraph(getTranslation("index.results.localityNone")));
            return;
        }
        Grid<LocalityScore.Item> g = new Grid<>();
        g.addColumn(i -> i.item().code())
                .setHeader(getTranslation("index.item.code"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        g.addColumn(i -> i.item().title(getLocale()))
                .setHeader(getTranslation("index.item.title"))
                .setWidth("14rem")
                .setFlexGrow(2)
                .setTooltipGenerator(i -> i.item().title(getLocale()));
        g.addColumn(i -> Formats.decimal(i.item().maxPoints(), getLocale()))
                .setHeader(getTranslation("index.score.max"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (int p = 0; p < periods.size(); p++) {
            LocalityScore period = periods.get(p);
            int index = p;
            g.addColumn(i -> cell(periods.get(index), i))
                    .setHeader(periodLabel(period) + " · " + Formats.decimal(period.points(), getLocale()) + "/"
                            + Formats.decimal(period.measuredMax(), getLocale()))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        g.setItems(periods.getFirst().items());
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.setId("index-locality");
        local.add(g);
    }

    private String cell(LocalityScore period, LocalityScore.Item row) {
        LocalityScore.Item i = period.items().stream()
                .filter(x -> x.item().id() == row.item().id())
                .findFirst()
                .orElse(row);
        if (i.points() == null) {
            return i.item().method().computed() && i.denominator() == 0
                    ? getTranslation("index.results.noData")
                    : getTranslation("index.score.notMeasured");
        }
        return Formats.decimal(i.points(), getLocale()) + " ("
                + getTranslation("index.results.lostShort", Formats.decimal(i.lost(), getLocale())) + ")";
    }

    private String periodLabel(LocalityScore s) {
        boolean month = s.from().plusMonths(1).minusDays(1).equals(s.to());
        return month
                ? org.parsteering.base.Formats.month(java.time.YearMonth.from(s.from()))
                : getTranslation(
                        "index.results.quarter",
                        (s.from().getMonthValue() - 1) / 3 + 1,
                        String.valueOf(s.from().getYear()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index.tab.results");
    }
}
