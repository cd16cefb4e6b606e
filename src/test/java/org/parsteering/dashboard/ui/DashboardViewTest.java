package org.parsteering.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.parsteering.base.ui.Chart;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboards as each role opens them, on the demo data. */
class DashboardViewTest extends KaribuTest {

    /** The dashboard's static HTML (tiles, tables, lists). */
    private String html() {
        return _find(com.vaadin.flow.component.Html.class).stream()
                .map(h -> h.getInnerHtml())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Opens the dashboard at a period's address, as a browser would. */
    private void open(String period) {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("period", period));
        MockVaadin.clientRoundtrip(false);
    }

    /** One KPI tile's HTML, from its id to its end. */
    private String kpi(String id) {
        String all = html();
        int start = all.indexOf("id=\"" + id + "\"");
        assertThat(start).as("tile " + id).isNotNegative();
        int next = all.indexOf("<div class=\"kpi", start + 1);
        return all.substring(start, next < 0 ? all.length() : next);
    }

    @Test
    @WithUserDetails("committee")
    void the_committee_sees_the_locality_figures_league_table_and_charts_with_links() {
        open("2024-Q1");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.period.getValue().key()).isEqualTo("2024-Q1");
        assertThat(kpi("kpi-COMPONENTS"))
                .contains("99.97 %")
                .contains("3,350 / 3,351")
                .contains("threshold 90 %");
        assertThat(kpi("kpi-RESULTS_DIGITIZED")).contains("100.00 %").contains("3,294 / 3,294");
        assertThat(kpi("kpi-COMPONENTS")).contains("href=\"dossiers?from=2024-01-01&amp;to=2024-03-31\"");
        String all = html();
        String league = all.substring(
                all.indexOf("id=\"dashboard-league\""),
                all.indexOf("</table>", all.indexOf("id=\"dashboard-league\"")));
        assertThat(league.split("<tr>").length - 2)
                .as("communes in the league table")
                .isEqualTo(32);
        assertThat(_get(Chart.class, spec -> spec.withId("chart-league"))).isNotNull();
        // eight tiles: two full rows of four on a desktop, four of two on a phone
        assertThat(all.split("<div class=\"kpi[ \"]", -1)).hasSize(9);
        assertThat(kpi("kpi-completion")).contains("assignments done");
        assertThat(kpi("kpi-overdue")).contains("Overdue assignments");
        // the demo's first quarter: the quarter before has no dossiers, so no change is shown
        assertThat(league).contains("change-flat\" title=\"No change shown").doesNotContain("pts");
    }

    @Test
    @WithUserDetails("committee")
    void a_quarter_without_data_shows_dashes_in_its_tiles_and_no_change_never_zero_percent() {
        open("2023-Q2");
        assertThat(_get(DashboardView.class).period.getValue().key()).isEqualTo("2023-Q2");
        for (String figure : java.util.List.of("ON_TIME", "COMPONENTS", "RESULTS_DIGITIZED", "ONLINE_PAYMENT")) {
            assertThat(kpi("kpi-" + figure))
                    .as(figure)
                    .contains(">—</a>")
                    .contains("no dossier received or completed in the period")
                    .doesNotContain("0.0 %")
                    .doesNotContain("NaN");
        }
        assertThat(kpi("kpi-SIGNATURES")).contains(">—</a>").contains("no signature report in the period");
        String trend = _get(Chart.class, spec -> spec.withId("chart-trend")).config();
        assertThat(trend).contains("\"data\":[null,null,null,null,null,null]").contains("\"spanGaps\":false");
    }

    @Test
    @WithUserDetails("committee")
    void a_quarter_in_which_no_assignment_falls_due_says_so_instead_of_an_empty_chart() {
        open("2000-Q1");
        assertThat(_find(Chart.class, spec -> spec.withId("chart-fields"))).isEmpty();
        assertThat(html()).contains("<p id=\"chart-fields\">No assignment falls due in this period.</p>");
    }

    @Test
    @WithUserDetails("committee")
    void the_league_change_against_a_quarter_with_data_is_in_points_with_an_arrow() {
        open("2024-Q2");
        String all = html();
        String league = all.substring(all.indexOf("id=\"dashboard-league\""));
        assertThat(league).containsPattern("[↑↓→] [+-]?\\d+\\.\\d pts");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-fields"))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Completion by PAR field (assignments)");
    }

    @Test
    @WithUserDetails("secretary")
    @org.springframework.transaction.annotation.Transactional // the unit is rolled back after the test
    void a_hostile_unit_name_is_shown_as_text_in_the_league_table_and_its_chart() {
        String hostile = "Xã <script>alert(\"x\")</script> & 'Thử'";
        as("secretary", () -> {
            context.getBean(org.parsteering.unit.UnitImportService.class)
                    .importFile(
                            ("unit_code,name,type,parent_code,active_from\nXA-HOSTILE,\""
                                            + hostile.replace("\"", "\"\"") + "\",COMMUNE,DISTRICT,2024-01-01\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "u.csv");
        });
        open("2024-Q2");
        String all = html();
        assertThat(all)
                .doesNotContain("<script")
                // the element's markup as Vaadin parsed it: one link whose text is the name, no script element
                .contains(">Xã &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Thử'</a>");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-league")).config())
                .as("Chart.js draws labels as canvas text, never as HTML")
                .contains("alert(\\\"x\\\")");
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_sees_their_unit_with_the_commune_average_and_their_reminders() {
        open("2024-Q1");
        assertThat(kpi("kpi-ON_TIME")).contains("communes, wards and special zones:");
        String all = html();
        assertThat(all.substring(all.indexOf("id=\"dashboard-reminders\""))).contains("reminders?id=");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-trend"))).isNotNull();
    }

    @Test
    @WithUserDetails("committee")
    void an_absurd_period_in_the_address_shows_a_message_and_the_current_quarter() {
        open("0001-Q1");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.period.getValue().key()).isEqualTo("2024-Q2");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("2000") && text.contains("2100"));
    }
}
