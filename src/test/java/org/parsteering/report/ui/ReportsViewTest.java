package org.parsteering.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parsteering.shell.NoAccessView;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reports page: a quarter, a format, the report made in the background, then a download link. */
class ReportsViewTest extends KaribuTest {

    private ReportsView open() {
        UI.getCurrent().navigate(ReportsView.class);
        MockVaadin.clientRoundtrip(false);
        return _get(ReportsView.class);
    }

    @Test
    @WithUserDetails("committee")
    void the_report_is_made_in_the_background_and_then_offered_for_download() throws Exception {
        ReportsView view = open();
        // the test clock says 15 May 2024
        assertThat(view.quarter.getValue()).isEqualTo("2024-Q2");
        assertThat(view.quarter.getListDataView().getItems().toList()).contains("2024-Q1", "2023-Q4");
        view.quarter.setValue("2024-Q1");

        _click(view.xlsx);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(view.xlsx.isEnabled()).isFalse();
        assertThat(view.pdf.isEnabled()).isFalse();
        view.running().get(120, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(view.xlsx.isEnabled()).isTrue();
        Anchor download = _get(view, Anchor.class, spec -> spec.withId("report-download"));
        assertThat(download.getText()).isEqualTo("Download par-report-2024-Q1.xlsx");
        assertThat(download.getHref()).isNotBlank();

        _click(view.pdf);
        view.running().get(120, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(view, Anchor.class, spec -> spec.withId("report-download")))
                .singleElement()
                .extracting(Anchor::getText)
                .isEqualTo("Download par-report-2024-Q1.pdf");
    }

    @Test
    @WithUserDetails("inspector")
    void choosing_another_quarter_removes_the_previous_download() throws Exception {
        ReportsView view = open();
        _click(view.pdf);
        view.running().get(120, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(view, Anchor.class, spec -> spec.withId("report-download")))
                .hasSize(1);
        view.quarter.setValue("2024-Q1");
        assertThat(_find(view, Anchor.class, spec -> spec.withId("report-download")))
                .isEmpty();
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_gets_the_no_access_page() {
        UI.getCurrent().navigate("reports");
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(ReportsView.class)).isEmpty();
        assertThat(_find(NoAccessView.class)).hasSize(1);
    }
}
