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
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("period", "2024-Q1"));
        MockVaadin.clientRoundtrip(false);
        DashboardView view = _get(DashboardView.class);
        assertThat(view.period.getValue()).isEqualTo("2024-Q1");
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
                .isEqualTo(33);
        assertThat(_get(Chart.class, spec -> spec.withId("chart-fields"))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Completion by PAR field");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-league"))).isNotNull();
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_sees_their_unit_with_the_commune_average_and_their_reminders() {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("period", "2024-Q1"));
        MockVaadin.clientRoundtrip(false);
        assertThat(kpi("kpi-ON_TIME")).contains("communes:");
        String all = html();
        assertThat(all.substring(all.indexOf("id=\"dashboard-reminders\""))).contains("reminders?id=");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-trend"))).isNotNull();
    }

    @Test
    void a_province_league_lists_the_ten_best_and_the_ten_weakest_with_their_ranks() {
        java.util.List<org.parsteering.dashboard.LeagueRow> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            org.parsteering.dossier.FigureCounts c =
                    new org.parsteering.dossier.FigureCounts(0, 0, 0, 100, i, 100 - i, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            rows.add(new org.parsteering.dashboard.LeagueRow("XA-" + i, "Xã " + i, c, c));
        }
        var league = DashboardView.league(rows);
        assertThat(league).hasSize(20);
        assertThat(league.getFirst().rank()).isEqualTo(1);
        assertThat(league.getFirst().code()).isEqualTo("XA-50");
        assertThat(league.get(10).rank()).isEqualTo(41);
        assertThat(league.getLast().code()).isEqualTo("XA-1");
        assertThat(DashboardView.league(rows.subList(0, 33))).hasSize(33);
    }

    @Test
    @WithUserDetails("committee")
    void an_absurd_period_in_the_address_shows_a_message_and_the_current_quarter() {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("period", "0001-Q1"));
        MockVaadin.clientRoundtrip(false);
        DashboardView view = _get(DashboardView.class);
        assertThat(view.period.getValue()).isEqualTo("2024-Q2");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("2000") && text.contains("2100"));
    }
}
