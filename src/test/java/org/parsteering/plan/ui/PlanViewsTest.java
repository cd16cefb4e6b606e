package org.parsteering.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.parsteering.plan.FieldSummary;
import org.parsteering.plan.PlanService;
import org.parsteering.plan.PlanSummary;
import org.parsteering.support.KaribuTest;
import org.parsteering.unit.UnitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The secretary's plans and fields dialogs, and the board of a closed plan, through their real components. */
@Transactional
class PlanViewsTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Autowired
    UnitService units;

    private void go(String location) {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent()
                .navigate(
                        parts[0],
                        parts.length == 1
                                ? com.vaadin.flow.router.QueryParameters.empty()
                                : com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    @WithUserDetails("secretary")
    void the_secretary_adds_a_field_with_its_working_group_and_the_board_offers_it() {
        PlanSummary current = plans.current().orElseThrow();
        FieldsDialog dialog = new FieldsDialog(plans, units, current);
        dialog.open();
        dialog.code.setValue("CDS");
        dialog.nameEn.setValue("Digital transformation");
        dialog.nameVi.setValue("Chuyển đổi số");
        dialog.workingGroup.setValue("Tổ công tác chuyển đổi số");
        dialog.leadUnit.setValue("PB-NOIVU");
        dialog.save.click();
        FieldSummary added = GridKt._get(dialog.grid, 7);
        assertThat(added.code()).isEqualTo("CDS");
        assertThat(added.leadUnitCode()).isEqualTo("PB-NOIVU");
        assertThat(added.steering()).startsWith("Tổ công tác chuyển đổi số · ");

        go("tasks?field=CDS");
        TaskBoardView board = _get(TaskBoardView.class);
        assertThat(board.field.getValue()).isEqualTo("CDS");
        assertThat(board.fieldSteering.isVisible()).isTrue();
        assertThat(board.fieldSteering.getText()).contains("Tổ công tác chuyển đổi số");
    }

    @Test
    @WithUserDetails("secretary")
    void a_closed_plan_opens_read_only_on_the_board_and_its_fields_cannot_be_edited() {
        plans.create("2026-2030", "Kế hoạch 2026–2030", 2026, 2030);
        plans.makeCurrent("2026-2030");
        PlanSummary old =
                plans.close("2021-2025", plans.find("2021-2025").orElseThrow().version());

        go("tasks?plan=2021-2025");
        TaskBoardView board = _get(TaskBoardView.class);
        assertThat(board.planChoice.getValue()).isEqualTo("2021-2025");
        assertThat(_find(Button.class, spec -> spec.withId("task-create")))
                .as("no task is created in a closed plan (the button is hidden)")
                .isEmpty();
        assertThat(board.filter().planCode()).isEqualTo("2021-2025");

        FieldsDialog dialog = new FieldsDialog(plans, units, old);
        dialog.open();
        assertThat(_find(dialog, Button.class, spec -> spec.withId("field-save")))
                .as("a closed plan's fields are only shown")
                .isEmpty();
        assertThat(GridKt._size(dialog.grid)).isEqualTo(7);
    }
}
