package org.parsteering.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Period;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Chart;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.dashboard.CommitteeDashboard;
import org.parsteering.dashboard.DashboardService;
import org.parsteering.dashboard.LeagueRow;
import org.parsteering.dashboard.MonthPoint;
import org.parsteering.dashboard.UnitDashboard;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.Rate;
import org.parsteering.plan.Completion;
import org.parsteering.plan.DueTask;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderTexts;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.settings.Thresholds;

/**
 * The start page (SPEC 6). The committee, the secretary and inspectors see the locality for a period (default:
 * the current quarter): plan completion overall and by field, units worst first, the commune league table with
 * the change against the previous period, each Decision 766 figure against its threshold, reminders and what
 * is due in 14 days. A unit head sees the same for their own unit, beside the average of their kind of unit.
 * Every number links to the list behind it; the period is in the address ({@code ?period=2024-Q2}).
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final List<Figure> FIGURES = List.of(
            Figure.ON_TIME, Figure.COMPONENTS, Figure.RESULTS_DIGITIZED, Figure.ONLINE_PAYMENT, Figure.SIGNATURES);

    private final DashboardService dashboards;
    private final ParUser user;
    final Select<String> period = new Select<>();
    final Div content = new Div();
    private Period current;

    public DashboardView(DashboardService dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.user = currentUser.require();
        addClassName("dashboard-view");
        current = dashboards.currentQuarter();
        period.setItems(presets(current));
        period.setItemLabelGenerator(this::presetLabel);
        period.setAriaLabel(getTranslation("dashboard.period"));
        period.setId("dashboard-period");
        period.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class, QueryParameters.of("period", e.getValue())));
            }
        });
        add(
                new ViewHeader(
                        getTranslation("dashboard.greeting", user.displayName()),
                        getTranslation(
                                user.role() == Role.UNIT_HEAD
                                        ? "dashboard.descriptionUnit"
                                        : "dashboard.descriptionCommittee",
                                user.unitName() == null ? "" : user.unitName()),
                        period),
                content);
        content.addClassName("dashboard-content");
    }

    private List<String> presets(Period quarter) {
        return Period.quartersUpTo(quarter.from(), 8).stream().map(Period::key).toList();
    }

    private String presetLabel(String key) {
        return Period.parse(key).map(p -> p.label(getLocale())).orElse(key);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
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
        if (!period.getListDataView().getItems().anyMatch(chosen.key()::equals)) {
            List<String> items =
                    new ArrayList<>(period.getListDataView().getItems().toList());
            items.add(chosen.key());
            period.setItems(items);
        }
        period.setValue(chosen.key());
        render();
    }

    /** Shows the dashboard of a period, as the address would. */
    void show(Period p) {
        current = p;
        render();
    }

    void render() {
        content.removeAll();
        if (user.role() == Role.UNIT_HEAD) {
            renderUnit(dashboards.unit(current, getLocale()));
        } else {
            renderCommittee(dashboards.committee(current, getLocale()));
        }
    }

    // ---- committee ----------------------------------------------------------------------------------------

    private void renderCommittee(CommitteeDashboard d) {
        Locale locale = getLocale();
        StringBuilder kpis = new StringBuilder("<div class=\"kpi-grid\" id=\"dashboard-kpis\">");
        Completion all = d.completion().overall();
        int year = d.period().from().getYear();
        kpis.append(kpi(
                getTranslation("dashboard.completion"),
                percent(all),
                fraction(all.done(), all.total()),
                "tasks?year=" + year,
                null,
                "kpi-completion"));
        kpis.append(kpi(
                getTranslation("dashboard.overdue"),
                Formats.number(all.overdue(), locale),
                getTranslation("dashboard.doneLate", Formats.number(all.doneLate(), locale)),
                "tasks?overdue=true",
                all.overdue() > 0 ? "kpi-bad" : null,
                "kpi-overdue"));
        kpis.append(kpi(
                getTranslation("dashboard.reminders"),
                Formats.number(d.openReminders() + d.escalatedReminders(), locale),
                getTranslation("dashboard.escalated", Formats.number(d.escalatedReminders(), locale)),
                "reminders",
                d.escalatedReminders() > 0 ? "kpi-bad" : null,
                "kpi-reminders"));
        for (Figure f : FIGURES) {
            kpis.append(figureKpi(f, d.locality(), d.thresholds(), dossiersLink(d.period(), null), null));
        }
        content.add(new Html(kpis.append("</div>").toString()));

        Div row = new Div();
        row.addClassName("dashboard-row");
        row.add(card(
                getTranslation("dashboard.byField"), fieldChart(d.completion().byField())));
        row.add(card(getTranslation("dashboard.trend"), trendChart(d.trend(), d.thresholds())));
        content.add(row);

        Div row2 = new Div();
        row2.addClassName("dashboard-row");
        List<LeagueEntry> league = league(d.communes());
        Div leagueCard = card(getTranslation("dashboard.league"), leagueGrid(d, league), leagueChart(league));
        if (league.size() < d.communes().size()) {
            Paragraph note = new Paragraph(
                    getTranslation("dashboard.leagueExtremes", d.communes().size()));
            note.addClassName("section-help");
            leagueCard.add(note);
        }
        row2.add(leagueCard);
        row2.add(htmlCard(
                getTranslation("dashboard.worstUnits"), unitGrid(d.completion().byUnit(), year)));
        content.add(row2);
        content.add(htmlCard(getTranslation("dashboard.dueSoon", 14), dueList(d.dueSoon(), true)));
    }

    /** One commune of the league table as the grid shows it: rank and the three rates, now and before. */
    record LeagueEntry(int rank, String code, String name, Rate[] now, Rate[] before) {}

    static final List<Figure> LEAGUE_FIGURES = List.of(Figure.ON_TIME, Figure.COMPONENTS, Figure.SIGNATURES);
    /** Up to this many communes the table lists all; a province lists the best and weakest ten. */
    static final int LEAGUE_ALL_UP_TO = 40;

    static List<LeagueEntry> league(List<LeagueRow> communes) {
        List<LeagueRow> rows = new ArrayList<>(communes);
        rows.sort(Comparator.comparingDouble((LeagueRow r) -> sortable(Figure.ON_TIME.of(r.now())))
                .reversed()
                .thenComparing(LeagueRow::unitName));
        List<LeagueEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.size() > LEAGUE_ALL_UP_TO && i >= 10 && i < rows.size() - 10) {
                continue;
            }
            LeagueRow r = rows.get(i);
            entries.add(new LeagueEntry(
                    i + 1,
                    r.unitCode(),
                    r.unitName(),
                    LEAGUE_FIGURES.stream().map(f -> f.of(r.now())).toArray(Rate[]::new),
                    LEAGUE_FIGURES.stream().map(f -> f.of(r.before())).toArray(Rate[]::new)));
        }
        return entries;
    }

    private Component leagueGrid(CommitteeDashboard d, List<LeagueEntry> entries) {
        String from = d.period().from().toString();
        String to = d.period().to().toString();
        StringBuilder t = new StringBuilder(
                "<div class=\"table-scroll\"><table class=\"dash-table\" id=\"dashboard-league\"><thead><tr><th>#</th><th>");
        t.append(esc(getTranslation("dashboard.commune"))).append("</th>");
        for (Figure f : LEAGUE_FIGURES) {
            t.append("<th>").append(esc(getTranslation(f.messageKey()))).append("</th>");
        }
        t.append("</tr></thead><tbody>");
        for (LeagueEntry r : entries) {
            t.append("<tr><td class=\"num\">").append(r.rank()).append("</td><td>");
            t.append(link("dossiers?from=" + from + "&to=" + to + "&unit=" + r.code(), r.name(), null));
            t.append("</td>");
            for (int k = 0; k < LEAGUE_FIGURES.size(); k++) {
                Double threshold = d.thresholds().rate(LEAGUE_FIGURES.get(k).thresholdKey());
                String[] change = change(r.now()[k], r.before()[k]);
                t.append("<td><div class=\"rate")
                        .append(threshold != null && r.now()[k].below(threshold) ? " rate-below" : "")
                        .append("\"><span class=\"rate-value\">")
                        .append(esc(r.now()[k].percentText(getLocale())))
                        .append("</span><span class=\"")
                        .append(change[1])
                        .append("\">")
                        .append(esc(change[0]))
                        .append("</span></div></td>");
            }
            t.append("</tr>");
        }
        return new Html(t.append("</tbody></table></div>").toString());
    }

    private static double sortable(Rate r) {
        return r.defined() ? r.percent() : -1;
    }

    /** The change against the previous period in points with an arrow, and its style; the fraction without one. */
    private String[] change(Rate now, Rate before) {
        if (now.defined() && before.defined()) {
            double delta = now.percent() - before.percent();
            java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(getLocale());
            nf.setMinimumFractionDigits(1);
            nf.setMaximumFractionDigits(1);
            String arrow = Math.abs(delta) < 0.05 ? "→" : delta > 0 ? "↑" : "↓";
            return new String[] {
                arrow + " " + (delta > 0 ? "+" : "") + nf.format(delta) + " " + getTranslation("dashboard.points"),
                delta > 0.05 ? "change-up" : delta < -0.05 ? "change-down" : "change-flat"
            };
        }
        return new String[] {now.fractionText(getLocale()), "rate-fraction"};
    }

    private String unitGrid(List<Completion> units, int year) {
        StringBuilder t = new StringBuilder(
                "<div class=\"table-scroll\"><table class=\"dash-table\" id=\"dashboard-units\"><thead><tr><th>");
        t.append(esc(getTranslation("dashboard.unit")))
                .append("</th><th>")
                .append(esc(getTranslation("dashboard.completion")))
                .append("</th><th>")
                .append(esc(getTranslation("dashboard.overdue")))
                .append("</th></tr></thead><tbody>");
        for (Completion c : units.subList(0, Math.min(10, units.size()))) {
            t.append("<tr><td>")
                    .append(link("tasks?unit=" + c.key() + "&year=" + year, c.label(), null))
                    .append("</td><td class=\"num\">")
                    .append(esc(percent(c) + " (" + fraction(c.done(), c.total()) + ")"))
                    .append("</td><td class=\"num\">")
                    .append(esc(Formats.number(c.overdue(), getLocale())))
                    .append("</td></tr>");
        }
        return t.append("</tbody></table></div>").toString();
    }

    // ---- unit head ----------------------------------------------------------------------------------------

    private void renderUnit(UnitDashboard d) {
        Locale locale = getLocale();
        StringBuilder kpis = new StringBuilder("<div class=\"kpi-grid\" id=\"dashboard-kpis\">");
        Completion own = d.completion().overall();
        kpis.append(kpi(
                getTranslation("dashboard.completion"),
                percent(own),
                fraction(own.done(), own.total()),
                "my-unit",
                null,
                "kpi-completion"));
        kpis.append(kpi(
                getTranslation("dashboard.overdue"),
                Formats.number(own.overdue(), locale),
                getTranslation("dashboard.inTime", Formats.number(own.open(), locale)),
                "my-unit",
                own.overdue() > 0 ? "kpi-bad" : null,
                "kpi-overdue"));
        kpis.append(kpi(
                getTranslation("dashboard.reminders"),
                Formats.number(d.openReminders(), locale),
                getTranslation("dashboard.waiting"),
                "reminders",
                d.openReminders() > 0 ? "kpi-bad" : null,
                "kpi-reminders"));
        for (Figure f : FIGURES) {
            String peers = d.unitType() == null
                    ? null
                    : getTranslation(
                            "dashboard.peers." + d.unitType().name(),
                            f.of(d.peers()).percentText(locale));
            kpis.append(figureKpi(f, d.unit(), d.thresholds(), dossiersLink(d.period(), d.unitCode()), peers));
        }
        content.add(new Html(kpis.append("</div>").toString()));

        Div row = new Div();
        row.addClassName("dashboard-row");
        StringBuilder reminders = new StringBuilder("<div id=\"dashboard-reminders\">");
        if (d.reminders().isEmpty()) {
            reminders
                    .append("<p>")
                    .append(esc(getTranslation("reminders.empty")))
                    .append("</p>");
        }
        for (Reminder r : d.reminders()) {
            reminders
                    .append("<div class=\"dashboard-reminder\">")
                    .append(link(
                            "reminders?id=" + r.id(), getTranslation(r.rule().messageKey()), null))
                    .append("<span class=\"dashboard-reminder-text\">")
                    .append(esc(ReminderTexts.describe(r, locale)))
                    .append("</span></div>");
        }
        row.add(htmlCard(
                getTranslation("dashboard.yourReminders"),
                reminders.append("</div>").toString()));
        row.add(card(getTranslation("dashboard.trend"), trendChart(d.trend(), d.thresholds())));
        content.add(row);
        content.add(htmlCard(getTranslation("dashboard.dueSoon", 14), dueList(d.dueSoon(), false)));
    }

    // ---- shared pieces ------------------------------------------------------------------------------------

    private String dossiersLink(Period p, String unit) {
        return "dossiers?from=" + p.from() + "&to=" + p.to() + (unit == null ? "" : "&unit=" + unit);
    }

    private String figureKpi(Figure f, FigureCounts counts, Thresholds t, String link, String peers) {
        Rate rate = f.of(counts);
        Double threshold = t.rate(f.thresholdKey());
        boolean below = threshold != null && rate.below(threshold);
        String state = !rate.defined() ? null : below ? "kpi-bad" : "kpi-good";
        String sub = rate.fractionText(getLocale())
                + (threshold == null
                        ? ""
                        : " · "
                                + getTranslation(
                                        "dashboard.threshold", Formats.number(threshold.longValue(), getLocale())));
        String tile =
                kpi(getTranslation(f.messageKey()), rate.percentText(getLocale()), sub, link, state, "kpi-" + f.name());
        return peers == null
                ? tile
                : tile.substring(0, tile.length() - "</div>".length()) + "<span class=\"kpi-peers\">" + esc(peers)
                        + "</span></div>";
    }

    /**
     * A KPI tile as HTML: the dashboard's tiles, tables and lists are static HTML drawn by the browser (one
     * server-side element each instead of a component per cell), which keeps an open dashboard small in memory.
     */
    private String kpi(String label, String value, String sub, String link, String state, String id) {
        return "<div class=\"kpi" + (state == null ? "" : " " + state) + "\" id=\"" + id + "\">"
                + "<span class=\"kpi-label\">" + esc(label) + "</span>"
                + link(link, value, "kpi-value")
                + "<span class=\"kpi-sub\">" + esc(sub) + "</span></div>";
    }

    /** A link the client-side router follows without reloading the page. */
    static String link(String href, String text, String cssClass) {
        return "<a router-link href=\"" + esc(href) + "\"" + (cssClass == null ? "" : " class=\"" + cssClass + "\"")
                + ">" + esc(text) + "</a>";
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A card whose content is static HTML: one server-side element for the whole card. */
    private Html htmlCard(String title, String body) {
        return new Html("<div class=\"card\"><h3 class=\"card-title\">" + esc(title) + "</h3>" + body + "</div>");
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

    private String percent(Completion c) {
        if (c.total() == 0) {
            return "—";
        }
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(getLocale());
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        return nf.format(c.percent()) + " %";
    }

    private String fraction(long n, long d) {
        return Formats.number(n, getLocale()) + " / " + Formats.number(d, getLocale());
    }

    private String dueList(List<DueTask> due, boolean withUnit) {
        StringBuilder list = new StringBuilder("<div id=\"dashboard-due\">");
        if (due.isEmpty()) {
            list.append("<p>")
                    .append(esc(getTranslation("dashboard.nothingDue")))
                    .append("</p>");
        }
        for (DueTask t : due) {
            list.append("<div class=\"due-line\"><span class=\"due-date\">")
                    .append(esc(Formats.date(t.deadline(), getLocale())))
                    .append("</span>")
                    .append(link("tasks/" + t.taskCode(), t.taskCode() + " · " + t.title(), null));
            if (withUnit) {
                list.append("<span class=\"due-unit\">")
                        .append(esc(t.unitName()))
                        .append("</span>");
            }
            list.append("</div>");
        }
        return list.append("</div>").toString();
    }

    private Chart fieldChart(List<Completion> fields) {
        Chart chart = new Chart(getTranslation("dashboard.byField"));
        chart.setId("chart-fields");
        // Short labels fit beside the bars on a phone; the field's full name is in the completion table.
        List<String> labels = fields.stream()
                .map(f -> f.label().length() <= 28
                        ? f.label()
                        : f.label().substring(0, 27).strip() + "…")
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
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
        chart.setConfig(Map.of(
                "type",
                "bar",
                "data",
                data,
                "options",
                Map.of(
                        "indexAxis",
                        "y",
                        "scales",
                        Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)),
                        "plugins",
                        Map.of("legend", Map.of("position", "bottom")))));
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
                                trend.stream()
                                        .map(p -> rounded(Figure.ON_TIME.of(p.counts())))
                                        .toList(),
                                "#1565c0",
                                false),
                        line(
                                getTranslation("dashboard.threshold", Formats.number((long) t.onTime(), getLocale())),
                                trend.stream().map(p -> (Object) t.onTime()).toList(),
                                "#1565c0",
                                true),
                        line(
                                getTranslation(Figure.SIGNATURES.messageKey()),
                                trend.stream()
                                        .map(p -> rounded(Figure.SIGNATURES.of(p.counts())))
                                        .toList(),
                                "#6a1b9a",
                                false),
                        line(
                                getTranslation(
                                        "dashboard.threshold", Formats.number((long) t.signatures(), getLocale())),
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

    private Chart leagueChart(List<LeagueEntry> entries) {
        Chart chart = new Chart(getTranslation("dashboard.league"));
        chart.setId("chart-league");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", entries.stream().map(LeagueEntry::name).toList());
        data.put(
                "datasets",
                List.of(dataset(
                        getTranslation(Figure.ON_TIME.messageKey()),
                        entries.stream().map(r -> rounded(r.now()[0])).toList(),
                        "#1565c0")));
        chart.setConfig(Map.of(
                "type",
                "bar",
                "data",
                data,
                "options",
                Map.of(
                        "plugins",
                        Map.of("legend", Map.of("display", false)),
                        "scales",
                        Map.of(
                                "y",
                                Map.of("max", 100),
                                "x",
                                Map.of("ticks", Map.of("autoSkip", false, "font", Map.of("size", 10)))))));
        chart.addClassName("chart-tall");
        return chart;
    }

    private static Object rounded(Rate r) {
        return r.defined() ? Math.round(r.percent() * 100) / 100.0 : null;
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
        m.put("spanGaps", true);
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
