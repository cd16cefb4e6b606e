package org.parsteering.dossier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.Channel;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The figures page shows the seed article's figures for the periods the article reports. */
class FiguresViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.parsteering.unit.UnitChangeService changes;

    private static FiguresView.Row unitRow(FiguresView view, String code) {
        for (int i = 0; i < GridKt._size(view.units); i++) {
            if (GridKt._get(view.units, i).code().equals(code)) {
                return GridKt._get(view.units, i);
            }
        }
        return null;
    }

    @Test
    @WithUserDetails("secretary")
    @org.springframework.transaction.annotation.Transactional
    void the_structure_select_moves_merged_communes_figures_and_goes_into_the_address() {
        String merged = unique("XA-GOP").toUpperCase(java.util.Locale.ROOT);
        changes.record(new org.parsteering.unit.UnitChangeRequest(
                LocalDate.of(2024, 5, 1),
                org.parsteering.unit.UnitChangeKind.MERGE,
                java.util.List.of("XA-BAISON", "XA-BACSON"),
                merged,
                "Xã Gộp",
                org.parsteering.unit.UnitType.COMMUNE,
                "1678/NQ-UBTVQH15"));
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        view.preset.setValue("2024-Q1");

        // current (the default): the two communes count for the unit that carries them on
        assertThat(view.structure.getValue()).isEqualTo(org.parsteering.unit.Structure.CURRENT);
        assertThat(unitRow(view, "XA-BAISON")).isNull();
        FiguresView.Row now = unitRow(view, merged);
        assertThat(now).isNotNull();
        assertThat(now.note()).isEqualTo("incl. Xã Bắc Sơn, Xã Bài Sơn");
        assertThat(view.toQuery().getQueryString()).doesNotContain("structure");

        // historical: each as it was, marked closed; the sums agree
        view.structure.setValue(org.parsteering.unit.Structure.HISTORICAL);
        assertThat(view.toQuery().getQueryString()).contains("structure=historical");
        assertThat(unitRow(view, merged)).isNull();
        FiguresView.Row baison = unitRow(view, "XA-BAISON");
        FiguresView.Row bacson = unitRow(view, "XA-BACSON");
        String closed = "(active until "
                + org.parsteering.base.Formats.date(LocalDate.of(2024, 4, 30), java.util.Locale.ENGLISH) + ")";
        assertThat(baison.label()).endsWith(closed);
        assertThat(baison.note()).isNull();
        assertThat(baison.counts().received() + bacson.counts().received())
                .isEqualTo(now.counts().received())
                .isPositive();
        assertThat(cell(view, "ALL", "COMPONENTS")).contains("3,350 / 3,351");

        // and the address brings the structure back
        String address = view.toQuery().getQueryString();
        UI.getCurrent().navigate("signatures");
        UI.getCurrent().navigate("dossiers", com.vaadin.flow.router.QueryParameters.fromString(address));
        MockVaadin.clientRoundtrip(false);
        FiguresView reopened = _get(FiguresView.class);
        assertThat(reopened.structure.getValue()).isEqualTo(org.parsteering.unit.Structure.HISTORICAL);
        assertThat(unitRow(reopened, "XA-BAISON")).isNotNull();
    }

    private String cell(FiguresView view, String group, String column) {
        for (int i = 0; i < GridKt._size(view.groups); i++) {
            if (GridKt._get(view.groups, i).code().equals(group)) {
                return GridKt._getCellComponent(view.groups, i, column)
                        .getElement()
                        .getTextRecursively();
            }
        }
        throw new AssertionError("no group " + group);
    }

    @Test
    @WithUserDetails("inspector")
    void an_absurd_period_in_the_address_shows_a_message_and_the_current_quarter() {
        UI.getCurrent()
                .navigate(
                        "dossiers",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("from", "0001-01-01", "to", "9999-12-31")));
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("2000") && text.contains("2100"));
    }

    @Test
    @WithUserDetails("inspector")
    void q1_2024_shows_the_digitisation_figures_of_the_article() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        view.preset.setValue("2024-Q1");
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(cell(view, "ALL", "COMPONENTS")).contains("3,350 / 3,351");
        assertThat(cell(view, "ALL", "COMPONENTS_FULL")).contains("99.76 %").contains("3,343 / 3,351");
        assertThat(cell(view, "ALL", "RESULTS_DIGITIZED")).contains("100.00 %").contains("3,294 / 3,294");
    }

    @Test
    @WithUserDetails("head.baison")
    void online_to_3_may_shows_the_district_all_on_time_and_the_communes_at_88_9_percent() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        view.from.setValue(LocalDate.of(2024, 1, 1));
        view.to.setValue(LocalDate.of(2024, 5, 3));
        view.channel.setValue(Channel.ONLINE);
        assertThat(cell(view, "DISTRICT", "ON_TIME")).contains("100.0 %").contains("645 / 645");
        assertThat(cell(view, "COMMUNE_LEVEL", "ON_TIME")).contains("88.92 %");
        assertThat(GridKt._size(view.units)).isGreaterThanOrEqualTo(45);
    }

    @Test
    @WithUserDetails("committee")
    void a_units_late_dossiers_split_into_completed_late_and_pending_past_due_and_download_as_xlsx() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        view.preset.setValue("2024-Q1");
        FiguresView.Row baison = null;
        for (int i = 0; i < GridKt._size(view.units); i++) {
            if (GridKt._get(view.units, i).code().equals("XA-BAISON")) {
                baison = GridKt._get(view.units, i);
            }
        }
        assertThat(baison).isNotNull();
        long late = baison.counts().late();
        view.openLate(baison);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.parsteering.dossier.LateDossier> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("late-dossiers"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.parsteering.dossier.LateKind> kind =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("late-kind"));
        int all = GridKt._size(grid);
        assertThat((long) all).isEqualTo(late).isPositive();
        kind.setValue(org.parsteering.dossier.LateKind.COMPLETED_LATE);
        int completedLate = GridKt._size(grid);
        assertThat(GridKt._get(grid, 0).completedOn()).isNotNull();
        kind.setValue(org.parsteering.dossier.LateKind.PENDING_OVERDUE);
        int pending = GridKt._size(grid);
        assertThat(completedLate + pending).isEqualTo(all);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("late-dossiers-xlsx"))
                        .getHref())
                .isNotBlank();
    }

    @Test
    @WithUserDetails("committee")
    void the_period_select_shows_the_current_quarter_on_first_open() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        assertThat(view.preset.getValue()).isEqualTo("2024-Q2");
    }

    @Test
    @WithUserDetails("committee")
    void the_period_and_channel_go_into_the_address_and_come_back_from_it() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        view.preset.setValue("2024-Q1");
        view.channel.setValue(Channel.ONLINE);
        String address = view.toQuery().getQueryString();
        assertThat(address)
                .contains("from=2024-01-01")
                .contains("to=2024-03-31")
                .contains("channel=ONLINE");

        UI.getCurrent().navigate("signatures");
        UI.getCurrent().navigate("dossiers", com.vaadin.flow.router.QueryParameters.fromString(address));
        MockVaadin.clientRoundtrip(false);
        FiguresView reopened = _get(FiguresView.class);
        assertThat(reopened.preset.getValue()).isEqualTo("2024-Q1");
        assertThat(reopened.from.getValue()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(reopened.to.getValue()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(reopened.channel.getValue()).isEqualTo(Channel.ONLINE);

        reopened.from.setValue(LocalDate.of(2024, 1, 15));
        assertThat(reopened.preset.getValue())
                .as("a hand-picked period is no preset")
                .isNull();
    }

    @Test
    @WithUserDetails("committee")
    void a_period_without_dossiers_shows_a_dash_and_no_zero() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        FiguresView view = _get(FiguresView.class);
        view.from.setValue(LocalDate.of(2001, 1, 1));
        view.to.setValue(LocalDate.of(2001, 3, 31));
        for (var figure : org.parsteering.dossier.Figure.values()) {
            assertThat(cell(view, "ALL", figure.name())).isEqualTo("—");
        }
    }
}
