package org.parsteering.dashboard.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Chart;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.HtmlBuilder;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.calendar.PeriodLockService;
import org.parsteering.dashboard.CommitteeDashboard;
import org.parsteering.dashboard.DashboardService;
import org.parsteering.dashboard.FigureTile;
import org.parsteering.dashboard.League;
import org.parsteering.dashboard.LeagueRow;
import org.parsteering.dashboard.MonthPoint;
import org.parsteering.dashboard.PeriodRate;
import org.parsteering.dashboard.UnitDashboard;
import org.parsteering.dossier.Figure;
import org.parsteering.plan.Completion;
import org.parsteering.plan.DueTask;
import org.parsteering.plan.FieldSummary;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderTexts;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.Structure;
import org.parsteering.unit.ui.StructureSelect;
import org.springframework.web.util.UriUtils;

/**
 * The start page (SPEC 6). The committee, the secretary and inspectors see the locality for a period (default:
 * the current quarter): plan completion overall and by field, units worst first, the commune league table with
 * the change against the previous period, each Decision 766 figure against its threshold, reminders and what
 * is due in 14 days. A unit head sees the same for their own unit, beside the average of their kind of unit.
 * Every number links to the list behind it; the period is in the address ({@code ?period=2024-Q2}).
 *
 * <p>The numbers, their ranking and the "no data" rule come ready from {@link DashboardService}; this view only
 * lays them out. The tiles, tables and lists are static HTML drawn by the browser, built with
 * {@link HtmlBuilder} — one server-side element per card instead of a component per cell, which keeps an open
 * dashboard small in server memory.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Field and commune names in a chart break into lines of about this many characters. */
    static final int LABEL_WIDTH = 22;

    private final DashboardService dashboards;
    private final ParUser user;
    final Select<Period> period = new Select<>();
    final StructureSelect structure = new StructureSelect();
    final Div content = new Div();
    private Period current;
    /** Set while the address is read: the choices then reflect it and do not navigate. */
    private boolean applyingUrl;

    private final PeriodLockService locks;

    public DashboardView(
            DashboardService dashboards,
            org.parsteering.index.IndexResultService indexes,
            CurrentUser currentUser,
            PeriodLockService locks) {
        this.locks = locks;
        this.dashboards = dashboards;
        this.indexes = indexes;
        this.user = currentUser.require();
        addClassName("dashboard-view");
        current = dashboards.currentQuarter();
        period.setItems(dashboards.recentQuarters());
        period.setItemLabelGenerator(this::quarterLabel);
        period.setAriaLabel(getTranslation("dashboard.period"));
        period.setId("dashboard-period");
        period.addValueChangeListener(e -> {
            if (!applyingUrl && e.getValue() != null) {
                navigate(e.getValue());
            }
        });
        structure.setHelperText(null);
        structure.setAriaLabel(getTranslation("structure.label"));
        structure.setLabel(null);
        structure.addValueChangeListener(e -> {
            if (!applyingUrl && e.getValue() != null) {
                navigate(period.getValue() == null ? current : period.getValue());
            }
        });
        Div choices = new Div(period, structure);
        choices.addClassName("dashboard-choices");
        add(
                new ViewHeader(
                        getTranslation("dashboard.greeting", user.displayName()),
                        getTranslation(
                                user.role() == Role.UNIT_HEAD
                                        ? "dashboard.descriptionUnit"
                                        : "dashboard.descriptionCommittee",
                                user.unitName() == null ? "" : user.unitName()),
                        choices),
                content);
        content.addClassName("dashboard-content");
    }

    /** "Quarter 2 of 2024": the one place the view names a period. */
    private String quarterLabel(Period p) {
        return p.label(getLocale());
    }

    /** The period and structure chosen go into the address ({@code ?period=2024-Q2&structure=historical}). */
    private void navigate(Period p) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("period", List.of(p.key()));
        structure.write(q);
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, new QueryParameters(q)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyingUrl = true;
        try {
            read(event);
        } finally {
            applyingUrl = false;
        }
        render();
    }

    private void read(BeforeEnterEvent event) {
        structure.read(event.getLocation().getQueryParameters());
        Period chosen = dashboards.currentQuarter();
        var value = event.getLocation().getQueryParameters().getSingleParameter("period");
        if (value.isPresent()) {
            try {
                chosen = dashboards.quarter(value.get());
            } catch (BusinessException e) {
                // an unreadable or absurd period in the address: say so, and show the current quarter
                Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
            }
        }
        current = chosen;
        List<Period> items = new ArrayList<>(period.getListDataView().getItems().toList());
        if (!items.contains(chosen)) {
            items.add(chosen);
            period.setItems(items);
        }
        period.setValue(chosen);
    }

    /** Shows the dashboard of a period, as the address would. */
    void show(Period p) {
        current = p;
        render();
    }

    void render() {
        content.removeAll();
        // A locked period's figures are final (SPEC 4a): say so above them, with who locked it and when.
        locks.lockOf(current).ifPresent(l -> {
            Div banner = new Div(getTranslation("locks.banner", l.period(), l.lockedAt(), l.lockedBy()));
            banner.addClassNames("notice", "lock-banner");
            banner.setId("dashboard-locked");
            content.add(banner);
        });
        if (user.role() == Role.UNIT_HEAD) {
            renderUnit(dashboards.unit(current, getLocale(), structure.structure()));
        } else {
            renderCommittee(dashboards.committee(current, getLocale(), structure.structure()));
        }
    }

    // ---- committee ----------------------------------------------------------------------------------------

    private final org.parsteering.index.IndexResultService indexes;

    /** The committee's index card: the locality's 766 score of the period and the latest published ranking. */
    private Html committeeIndexCard(Period p) {
        var ci = indexes.committeeIndexes(p.from(), p.to());
        HtmlBuilder b = new HtmlBuilder().open("div", "id", "dashboard-indexes");
        if (ci.score766() != null) {
            var s = ci.score766();
            b.element(
                    "p",
                    getTranslation(
                            "dashboard.index766",
                            quarterLabel(p),
                            Formats.decimal(s.points(), getLocale()),
                            Formats.decimal(s.measuredMax(), getLocale()),
                            s.percentOfMeasured() == null ? "—" : Formats.decimal(s.percentOfMeasured(), getLocale())),
                    "class",
                    "index-766");
            b.open("ul", "class", "index-766-items");
            for (var i : s.items()) {
                if (i.points() != null && i.lost().signum() > 0) {
                    b.element(
                            "li",
                            getTranslation(
                                    "dashboard.index766Lost",
                                    i.item().code(),
                                    i.item().title(getLocale()),
                                    Formats.decimal(i.lost(), getLocale())));
                }
            }
            b.close();
        }
        if (ci.latest() == null) {
            b.element("p", getTranslation("dashboard.indexNoRanking"));
        } else {
            var r = ci.latest();
            b.element(
                    "p",
                    getTranslation(
                            "dashboard.indexRanking",
                            r.round().setName(getLocale()),
                            String.valueOf(r.round().year())));
            var byType = r.byType();
            var biggest = byType.values().stream()
                    .max(java.util.Comparator.comparingInt(List::size))
                    .orElse(List.of());
            b.open("ol", "class", "index-top");
            biggest.stream()
                    .limit(5)
                    .forEach(u -> b.element(
                            "li",
                            getTranslation(
                                    "dashboard.indexTop",
                                    u.unitName(),
                                    Formats.decimal(u.percent(), getLocale()),
                                    u.band() == null ? "" : u.band().name(getLocale()))));
            b.close();
            b.element(
                    "a",
                    getTranslation("dashboard.indexSeeResults"),
                    "router-link",
                    "",
                    "href",
                    "indexes/results?round=" + r.round().id());
        }
        return htmlCard(getTranslation("dashboard.indexes"), b.close());
    }

    /** A unit head's index card: the unit's latest result, its three weakest items and the round it scores now. */
    private Html unitIndexCard(String unitCode) {
        var ui = indexes.unitIndexes(unitCode);
        HtmlBuilder b = new HtmlBuilder().open("div", "id", "dashboard-indexes");
        if (ui.open() != null) {
            b.open("p", "class", "index-open");
            b.element(
                    "a",
                    ui.openSubmitted()
                            ? getTranslation(
                                    "dashboard.indexSubmitted",
                                    ui.open().setCode(),
                                    String.valueOf(ui.open().year()))
                            : getTranslation(
                                    "dashboard.indexToScore",
                                    ui.open().setCode(),
                                    String.valueOf(ui.open().year()),
                                    ui.scored(),
                                    ui.toScore(),
                                    Formats.date(ui.open().selfDue(), getLocale())),
                    "router-link",
                    "",
                    "href",
                    "indexes/rounds/" + ui.open().id());
            b.close();
        }
        if (ui.result() == null) {
            b.element("p", getTranslation("dashboard.indexNoResult"));
        } else {
            var r = ui.result();
            b.element(
                    "p",
                    getTranslation(
                            "dashboard.indexResult",
                            ui.published().setName(getLocale()),
                            String.valueOf(ui.published().year()),
                            Formats.decimal(r.total(), getLocale()),
                            Formats.decimal(r.percent(), getLocale()),
                            r.band() == null ? "" : r.band().name(getLocale()),
                            r.rank(),
                            ui.unitsOfType()),
                    "class",
                    "index-result");
            b.element("p", getTranslation("dashboard.indexWeakest"), "class", "section-help");
            b.open("ol", "class", "index-weakest");
            ui.weakest()
                    .forEach(l -> b.element(
                            "li",
                            getTranslation(
                                    "dashboard.indexWeak",
                                    l.item().code(),
                                    l.item().title(getLocale()),
                                    Formats.decimal(l.points(), getLocale()),
                                    Formats.decimal(l.item().maxPoints(), getLocale()))));
            b.close();
        }
        return htmlCard(getTranslation("dashboard.indexes"), b.close());
    }

    private void renderCommittee(CommitteeDashboard d) {
        Locale locale = getLocale();
        Completion all = d.completion().overall();
        int year = d.period().from().getYear();
        HtmlBuilder kpis = new HtmlBuilder().open("div", "class", "kpi-grid", "id", "dashboard-kpis");
        assignmentTiles(
                kpis,
                all,
                "tasks?year=" + year,
                "tasks?overdue=true",
                getTranslation("dashboard.doneLate", number(all.doneLate())));
        kpi(
                kpis,
                "kpi-reminders",
                d.escalatedReminders() > 0 ? "kpi-bad" : null,
                getTranslation("dashboard.reminders"),
                number(d.openReminders() + d.escalatedReminders()),
                "reminders",
                getTranslation("dashboard.escalated", Formats.number(d.escalatedReminders(), locale)),
                null);
        for (FigureTile t : d.tiles()) {
            figureKpi(kpis, t, dossiersLink(d.period(), null), null);
        }
        content.add(new Html(kpis.close().build()));

        Div row = new Div();
        row.addClassName("dashboard-row");
        row.add(
                d.completion().byField().isEmpty()
                        ? htmlCard(
                                getTranslation("dashboard.byField"),
                                new HtmlBuilder()
                                        .element("p", getTranslation("dashboard.noAssignments"), "id", "chart-fields"))
                        : card(
                                getTranslation("dashboard.byField"),
                                fieldChart(d.completion().byField()),
                                fieldSteering(d.fields())));
        row.add(card(getTranslation("dashboard.trend"), trendChart(d.trend(), d.thresholds())));
        content.add(row);

        Div row2 = new Div();
        row2.addClassName("dashboard-row");
        League league = d.league();
        String leagueTitle = getTranslation("dashboard.league." + d.level().name());
        Div leagueCard = card(leagueTitle, leagueTable(d, league), leagueChart(league, leagueTitle));
        if (league.extremesOnly()) {
            leagueCard.add(new Html(new HtmlBuilder()
                    .element(
                            "p",
                            getTranslation("dashboard.leagueExtremes", league.communeCount()),
                            "class",
                            "section-help")
                    .build()));
        }
        row2.add(leagueCard);
        row2.add(htmlCard(
                getTranslation("dashboard.worstUnits"), unitTable(d.completion().byUnit(), year)));
        content.add(row2);
        Div row3 = new Div();
        row3.addClassName("dashboard-row");
        row3.add(committeeIndexCard(d.period()));
        row3.add(htmlCard(getTranslation("dashboard.dueSoon", DashboardService.DUE_DAYS), dueList(d.dueSoon(), true)));
        content.add(row3);
    }

    private Component leagueTable(CommitteeDashboard d, League league) {
        HtmlBuilder t = new HtmlBuilder()
                .open("div", "class", "table-scroll")
                .open("table", "class", "dash-table", "id", "dashboard-league")
                .open("thead")
                .open("tr")
                .element("th", "#")
                .element(
                        "th", getTranslation("dashboard.leagueUnit." + d.level().name()));
        for (Figure f : League.FIGURES) {
            t.element("th", getTranslation(f.messageKey()));
        }
        t.close().close().open("tbody");
        boolean currentStructure = d.structure() == Structure.CURRENT;
        for (LeagueRow r : league.rows()) {
            t.open("tr")
                    .element("td", String.valueOf(r.rank()), "class", "num")
                    .open("td")
                    .element(
                            "a",
                            r.unitName() + StructureSelect.closedMark(this, r.activeTo(), getLocale()),
                            "router-link",
                            "",
                            "href",
                            dossiersLink(d.period(), r.unitCode()));
            String includes = currentStructure ? StructureSelect.includes(this, r.predecessors(), Map.of()) : null;
            if (includes != null) {
                t.element("span", includes, "class", "unit-includes league-includes");
            }
            t.close();
            for (LeagueRow.Cell c : r.cells()) {
                t.open("td")
                        .open("div", "class", c.below() ? "rate rate-below" : "rate")
                        .element("span", rateText(c.now()), "class", "rate-value");
                change(t, c.change());
                t.close().close();
            }
            t.close();
        }
        return new Html(t.close().close().close().build());
    }

    /** The change against the previous period in points with an arrow; "—" when either period has no data. */
    private void change(HtmlBuilder t, Double delta) {
        if (delta == null) {
            t.element(
                    "span",
                    "—",
                    "class",
                    "change-flat",
                    "title",
                    getTranslation("dashboard.noChange"),
                    "aria-label",
                    getTranslation("dashboard.noChange"));
            return;
        }
        NumberFormat nf = NumberFormat.getNumberInstance(getLocale());
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        boolean flat = Math.abs(delta) < 0.05;
        String arrow = flat ? "→" : delta > 0 ? "↑" : "↓";
        t.element(
                "span",
                arrow + " " + (delta > 0 && !flat ? "+" : "") + nf.format(flat ? 0.0 : delta) + " "
                        + getTranslation("dashboard.points"),
                "class",
                flat ? "change-flat" : delta > 0 ? "change-up" : "change-down");
    }

    private HtmlBuilder unitTable(List<Completion> units, int year) {
        HtmlBuilder t = new HtmlBuilder()
                .open("div", "class", "table-scroll")
                .open("table", "class", "dash-table", "id", "dashboard-units")
                .open("thead")
                .open("tr")
                .element("th", getTranslation("dashboard.unit"))
                .element("th", getTranslation("dashboard.assignmentsDoneColumn"))
                .element("th", getTranslation("dashboard.overdue"))
                .close()
                .close()
                .open("tbody");
        for (Completion c : units.subList(0, Math.min(10, units.size()))) {
            t.open("tr")
                    .open("td")
                    .element(
                            "a", c.label(), "router-link", "", "href", "tasks?unit=" + query(c.key()) + "&year=" + year)
                    .close()
                    .element(
                            "td",
                            percent(c) + " (" + number(c.done()) + " / " + number(c.total()) + ")",
                            "class",
                            "num")
                    .element("td", number(c.overdue()), "class", "num")
                    .close();
        }
        return t.close().close().close();
    }

    // ---- unit head ----------------------------------------------------------------------------------------

    private void renderUnit(UnitDashboard d) {
        Completion own = d.completion().overall();
        HtmlBuilder kpis = new HtmlBuilder().open("div", "class", "kpi-grid", "id", "dashboard-kpis");
        assignmentTiles(kpis, own, "my-unit", "my-unit", getTranslation("dashboard.inTime", number(own.open())));
        kpi(
                kpis,
                "kpi-reminders",
                d.openReminders() > 0 ? "kpi-bad" : null,
                getTranslation("dashboard.reminders"),
                number(d.openReminders()),
                "reminders",
                getTranslation("dashboard.waiting"),
                null);
        for (FigureTile t : d.tiles()) {
            figureKpi(kpis, t, dossiersLink(d.period(), d.unitCode()), d.peerGroup());
        }
        content.add(new Html(kpis.close().build()));

        Div row = new Div();
        row.addClassName("dashboard-row");
        HtmlBuilder reminders = new HtmlBuilder().open("div", "id", "dashboard-reminders");
        if (d.reminders().isEmpty()) {
            reminders.element("p", getTranslation("reminders.empty"));
        }
        for (Reminder r : d.reminders()) {
            reminders
                    .open("div", "class", "dashboard-reminder")
                    .element(
                            "a",
                            getTranslation(r.rule().messageKey()),
                            "router-link",
                            "",
                            "href",
                            "reminders?id=" + r.id())
                    .element("span", ReminderTexts.describe(r, getLocale()), "class", "dashboard-reminder-text")
                    .close();
        }
        row.add(htmlCard(getTranslation("dashboard.yourReminders"), reminders.close()));
        row.add(card(getTranslation("dashboard.trend"), trendChart(d.trend(), d.thresholds())));
        content.add(row);
        Div row2 = new Div();
        row2.addClassName("dashboard-row");
        row2.add(unitIndexCard(d.unitCode()));
        row2.add(htmlCard(
                getTranslation("dashboard.dueSoonUnit", DashboardService.DUE_DAYS), dueList(d.dueSoon(), false)));
        content.add(row2);
    }

    // ---- shared pieces ------------------------------------------------------------------------------------

    private String dossiersLink(Period p, String unit) {
        return "dossiers?from=" + p.from() + "&to=" + p.to() + (unit == null ? "" : "&unit=" + query(unit))
                + StructureSelect.linkParam(structure.structure());
    }

    private static String query(String value) {
        return UriUtils.encodeQueryParam(value, UTF_8);
    }

    /** The two tiles on the plan: completion and overdue, both counted over assignments (a task per unit). */
    private void assignmentTiles(
            HtmlBuilder kpis, Completion c, String completionLink, String overdueLink, String overdueSub) {
        kpi(
                kpis,
                "kpi-completion",
                null,
                getTranslation("dashboard.completion"),
                percent(c),
                completionLink,
                getTranslation("dashboard.assignmentsDone", number(c.done()), number(c.total())),
                null);
        kpi(
                kpis,
                "kpi-overdue",
                c.overdue() > 0 ? "kpi-bad" : null,
                getTranslation("dashboard.overdueAssignments"),
                number(c.overdue()),
                overdueLink,
                overdueSub,
                null);
    }

    /** A figure's tile: "—" and what is missing when the period has no data for it, else the rate and fraction. */
    private void figureKpi(HtmlBuilder kpis, FigureTile t, String link, String peersGroup) {
        PeriodRate r = t.value();
        Locale locale = getLocale();
        String state = !r.hasData() ? null : t.below() ? "kpi-bad" : "kpi-good";
        String base = r.activity()
                ? r.rate().fractionText(locale)
                : getTranslation(r.figure() == Figure.SIGNATURES ? "dashboard.noSignatures" : "dashboard.noDossiers");
        String sub = t.threshold() == null
                ? base
                : base + " · "
                        + getTranslation(
                                "dashboard.threshold", number(t.threshold().longValue()));
        String peers = t.peers() == null || peersGroup == null
                ? null
                : getTranslation("dashboard.peers." + peersGroup, rateText(t.peers()));
        kpi(
                kpis,
                "kpi-" + r.figure().name(),
                state,
                getTranslation(r.figure().messageKey()),
                rateText(r),
                link,
                sub,
                peers);
    }

    /** A tile: its label, its value linking to the list behind it, a line below and the peers' figure. */
    private static void kpi(
            HtmlBuilder h, String id, String state, String label, String value, String link, String sub, String peers) {
        h.open("div", "class", state == null ? "kpi" : "kpi " + state, "id", id)
                .element("span", label, "class", "kpi-label")
                .element("a", value, "router-link", "", "href", link, "class", "kpi-value")
                .element("span", sub, "class", "kpi-sub");
        if (peers != null) {
            h.element("span", peers, "class", "kpi-peers");
        }
        h.close();
    }

    /** A card whose content is static HTML: one server-side element for the whole card. */
    private static Html htmlCard(String title, HtmlBuilder body) {
        return new Html(new HtmlBuilder()
                .open("div", "class", "card")
                .element("h3", title, "class", "card-title")
                .append(body)
                .close()
                .build());
    }

    private Div card(String title, Component... children) {
        Div card = new Div();
        card.addClassName("card");
        H3 h = new H3(title);
        h.addClassName("card-title");
        card.add(h);
        card.add(children);
        return card;
    }

    private String rateText(PeriodRate r) {
        return r.hasData() ? r.rate().percentText(getLocale()) : "—";
    }

    private String percent(Completion c) {
        if (c.total() == 0) {
            return "—";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(getLocale());
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        return nf.format(c.percent()) + " %";
    }

    private String number(long n) {
        return Formats.number(n, getLocale());
    }

    private HtmlBuilder dueList(List<DueTask> due, boolean withUnit) {
        HtmlBuilder list = new HtmlBuilder().open("div", "id", "dashboard-due");
        if (due.isEmpty()) {
            list.element("p", getTranslation("dashboard.nothingDue"));
        }
        for (DueTask t : due) {
            list.open("div", "class", "due-line")
                    .element("span", Formats.date(t.deadline(), getLocale()), "class", "due-date")
                    .element(
                            "a",
                            t.taskCode() + " · " + t.title(),
                            "router-link",
                            "",
                            "href",
                            "tasks/" + UriUtils.encodePathSegment(t.taskCode(), UTF_8));
            if (withUnit) {
                list.element("span", t.unitName(), "class", "due-unit");
            }
            list.close();
        }
        return list.close();
    }

    /** Each field of the period's plan with its working group and lead unit, under the chart. */
    private Component fieldSteering(List<FieldSummary> fields) {
        HtmlBuilder t = new HtmlBuilder().open("ul", "class", "field-steering-list", "id", "dashboard-field-steering");
        for (FieldSummary f : fields) {
            if (f.steering() == null) {
                continue;
            }
            t.open("li")
                    .element("span", f.label(getLocale()), "class", "field-name")
                    .element("span", f.steering(), "class", "field-steering")
                    .close();
        }
        return new Html(t.close().build());
    }

    private Chart fieldChart(List<Completion> fields) {
        Chart chart = new Chart(getTranslation("dashboard.byField"));
        chart.setId("chart-fields");
        // A field's name breaks into lines beside its bar (whole in the tooltip too), never cut.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "labels",
                fields.stream().map(f -> Chart.lines(f.label(), LABEL_WIDTH)).toList());
        data.put(
                "datasets",
                List.of(
                        dataset(
                                getTranslation("dashboard.doneOnTimeShort"),
                                fields.stream().map(Completion::doneOnTime).toList(),
                                "#2e7d32"),
                        dataset(
                                getTranslation("dashboard.doneLateShort"),
                                fields.stream().map(Completion::doneLate).toList(),
                                "#f9a825"),
                        dataset(
                                getTranslation("dashboard.overdue"),
                                fields.stream().map(Completion::overdue).toList(),
                                "#c62828"),
                        dataset(
                                getTranslation("dashboard.inTimeShort"),
                                fields.stream().map(Completion::open).toList(),
                                "#90a4ae")));
        chart.setConfig(horizontalBars(
                data,
                Map.of(
                        "x",
                        Map.of(
                                "stacked",
                                true,
                                "title",
                                Map.of("display", true, "text", getTranslation("dashboard.assignments")),
                                "ticks",
                                Map.of("precision", 0)),
                        "y",
                        Map.of("stacked", true, "ticks", Map.of("autoSkip", false))),
                Map.of("legend", Map.of("position", "bottom"))));
        // a field's name takes up to three lines: the chart grows with the fields so that none is squeezed
        chart.getStyle().set("height", Math.max(18, fields.size() * 2.75 + 5) + "rem");
        return chart;
    }

    private Chart trendChart(List<MonthPoint> trend, Thresholds t) {
        Chart chart = new Chart(getTranslation("dashboard.trend"));
        chart.setId("chart-trend");
        List<String> labels = trend.stream()
                .map(p -> String.format(
                        "%02d/%d", p.month().getMonthValue(), p.month().getYear()))
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put(
                "datasets",
                List.of(
                        line(
                                getTranslation(Figure.ON_TIME.messageKey()),
                                points(trend, Figure.ON_TIME),
                                "#1565c0",
                                false),
                        line(
                                getTranslation("dashboard.threshold", number((long) t.onTime())),
                                trend.stream().map(p -> (Object) t.onTime()).toList(),
                                "#1565c0",
                                true),
                        line(
                                getTranslation(Figure.SIGNATURES.messageKey()),
                                points(trend, Figure.SIGNATURES),
                                "#6a1b9a",
                                false),
                        line(
                                getTranslation("dashboard.threshold", number((long) t.signatures())),
                                trend.stream().map(p -> (Object) t.signatures()).toList(),
                                "#6a1b9a",
                                true)));
        chart.setConfig(Map.of(
                "type",
                "line",
                "data",
                data,
                "options",
                Map.of(
                        "scales",
                        Map.of("y", Map.of("suggestedMin", 50, "max", 100)),
                        "plugins",
                        Map.of("legend", Map.of("position", "bottom")))));
        return chart;
    }

    /** A figure's monthly values: null (a gap in the line) for a month without data, never 0. */
    private static List<Double> points(List<MonthPoint> trend, Figure f) {
        return trend.stream().map(p -> rounded(p.percent(f))).toList();
    }

    /**
     * The league's on-time rates as horizontal bars, one line per commune with its whole name (a vertical axis
     * of 33 names cannot be read on a phone): the chart grows with the number of communes listed.
     */
    private Chart leagueChart(League league, String title) {
        Chart chart = new Chart(title);
        chart.setId("chart-league");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "labels",
                league.rows().stream().map(r -> r.rank() + ". " + r.unitName()).toList());
        data.put(
                "datasets",
                List.of(dataset(
                        getTranslation(Figure.ON_TIME.messageKey()),
                        league.rows().stream()
                                .map(r -> rounded(r.cells().getFirst().now().percent()))
                                .toList(),
                        "#1565c0")));
        chart.setConfig(horizontalBars(
                data,
                Map.of(
                        "x",
                        Map.of("max", 100, "min", 0),
                        "y",
                        Map.of("ticks", Map.of("autoSkip", false, "font", Map.of("size", 11)))),
                Map.of("legend", Map.of("display", false))));
        chart.addClassName("chart-league");
        chart.getStyle().set("height", (league.rows().size() * 1.25 + 3) + "rem");
        return chart;
    }

    /** A bar chart lying on its side: one line per label, so that long names are read whole. */
    private static Map<String, Object> horizontalBars(
            Map<String, Object> data, Map<String, Object> scales, Map<String, Object> plugins) {
        return Map.of(
                "type", "bar", "data", data, "options", Map.of("indexAxis", "y", "scales", scales, "plugins", plugins));
    }

    private static Double rounded(Double percent) {
        return percent == null ? null : Math.round(percent * 100) / 100.0;
    }

    private static Map<String, Object> dataset(String label, List<?> values, String colour) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("data", values);
        m.put("backgroundColor", colour);
        return m;
    }

    private static Map<String, Object> line(String label, List<?> values, String colour, boolean dashed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("data", values);
        m.put("borderColor", colour);
        m.put("backgroundColor", colour);
        m.put("pointRadius", dashed ? 0 : 3);
        // a month without data is a gap: the line does not bridge it as if it had a figure
        m.put("spanGaps", false);
        if (dashed) {
            m.put("borderDash", List.of(6, 4));
            m.put("borderWidth", 1);
        }
        return m;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
