package org.parsteering.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The thresholds screen: a value out of range changes nothing; a valid one is saved and shown again. */
@Transactional
class SettingsViewTest extends KaribuTest {

    private SettingsView open() {
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().navigate("admin/settings");
        MockVaadin.clientRoundtrip(false);
        return _get(SettingsView.class);
    }

    @Test
    @WithUserDetails("secretary")
    void the_secretary_edits_thresholds_and_a_value_out_of_range_changes_nothing() {
        SettingsView view = open();
        assertThat(view.onTime.getValue()).isEqualTo(95.0);
        view.onTime.setValue(150.0);
        view.save();
        assertThat(open().onTime.getValue()).isEqualTo(95.0);

        SettingsView again = open();
        again.onTime.setValue(97.0);
        again.escalationDays.setValue(3);
        again.save();
        SettingsView reopened = open();
        assertThat(reopened.onTime.getValue()).isEqualTo(97.0);
        assertThat(reopened.escalationDays.getValue()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("secretary")
    void the_level_of_the_portal_renames_the_groups_of_the_figures() {
        SettingsView view = open();
        assertThat(view.level.getValue()).isEqualTo(org.parsteering.settings.DeploymentLevel.PROVINCE);
        assertThat(groupLabels()).contains("Departments, boards and agencies", "Whole province");

        view = open();
        view.level.setValue(org.parsteering.settings.DeploymentLevel.COMMUNE);
        view.save();
        assertThat(open().level.getValue()).isEqualTo(org.parsteering.settings.DeploymentLevel.COMMUNE);
        assertThat(groupLabels())
                .startsWith("Commune People’s Committee", "Specialised offices")
                .contains("Whole commune")
                .doesNotContain("Whole province");
    }

    private java.util.List<String> groupLabels() {
        UI.getCurrent().navigate("dossiers");
        MockVaadin.clientRoundtrip(false);
        _get(org.parsteering.dossier.ui.FiguresView.class);
        java.util.List<String> labels = new java.util.ArrayList<>();
        var grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("figures-groups"));
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
            labels.add(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, i, "label")
                    .getElement()
                    .getTextRecursively());
        }
        return labels;
    }
}
