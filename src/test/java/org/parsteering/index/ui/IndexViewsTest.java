package org.parsteering.index.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.RoundSummary;
import org.parsteering.index.ScoreLine;
import org.parsteering.index.UnitResult;
import org.parsteering.plan.TaskCriteriaService;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index screens as each role uses them: a unit head self-assesses through the score dialog and sees only their
 * unit; the committee reads the ranking and a unit's weakest criteria with "create a task", which opens the task
 * form prefilled; the secretary's set dialog shows a refused code on its field and creates nothing.
 */
@Transactional
class IndexViewsTest extends KaribuTest {

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexSetService sets;

    @Autowired
    TaskCriteriaService criteria;

    private RoundSummary round(String set, int year) {
        return as("committee", () -> rounds.round(set, year).orElseThrow());
    }

    private void navigate(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(
                            location.substring(0, q),
                            com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_scores_a_criterion_in_the_dialog_and_sees_only_their_unit() {
        RoundSummary open = round("PARINDEX-2024", 2024);
        navigate(IndexRoundView.path(open.id(), "XA-BACSON"));
        IndexRoundView view = _get(IndexRoundView.class);
        assertThat(view.unitsGrid.isVisible()).isFalse();
        assertThat(view.unitTitle.getText()).isEqualTo("Xã Bài Sơn"); // the own unit, whatever the address said
        ScoreLine first = rounds.sheet(open.id(), "XA-BAISON").lines().stream()
                .filter(l -> l.item().method() == org.parsteering.index.ScoringMethod.MANUAL
                        && l.item().evidenceRequired())
                .findFirst()
                .orElseThrow();
        view.openScore(first.item().code());
        _get(BigDecimalField.class, spec -> spec.withId("score-points")).setValue(new BigDecimal("0.5"));
        _get(TextArea.class, spec -> spec.withId("score-no-evidence")).setValue("Kế hoạch đang trình ký");
        _click(_get(Button.class, spec -> spec.withId("score-save")));
        ScoreLine saved = rounds.sheet(open.id(), "XA-BAISON").lines().stream()
                .filter(l -> l.item().id() == first.item().id())
                .findFirst()
                .orElseThrow();
        assertThat(saved.selfPoints()).isEqualByComparingTo("0.5");
        assertThat(saved.noEvidenceReason()).isEqualTo("Kế hoạch đang trình ký");

        // a point out of range is shown on the field, nothing is saved
        _get(BigDecimalField.class, spec -> spec.withId("score-points")).setValue(new BigDecimal("99"));
        _click(_get(Button.class, spec -> spec.withId("score-save")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("score-points"))
                        .isInvalid())
                .isTrue();
        assertThat(rounds.sheet(open.id(), "XA-BAISON").lines().stream()
                        .filter(l -> l.item().id() == first.item().id())
                        .findFirst()
                        .orElseThrow()
                        .selfPoints())
                .isEqualByComparingTo("0.5");
    }

    @Test
    @WithUserDetails("committee")
    void the_committee_reads_the_ranking_and_turns_a_lost_point_into_a_prefilled_task() {
        RoundSummary last = round("PARINDEX-2023", 2023);
        navigate("indexes/results?round=" + last.id());
        IndexResultsView view = _get(IndexResultsView.class);
        @SuppressWarnings("unchecked")
        Grid<UnitResult> communes = _get(Grid.class, spec -> spec.withId("index-ranking-COMMUNE"));
        assertThat(GridKt._get(communes, 0).rank()).isEqualTo(1);
        UnitResult baison = null;
        for (int i = 0; i < GridKt._size(communes); i++) {
            if (GridKt._get(communes, i).unitCode().equals("XA-BAISON")) {
                baison = GridKt._get(communes, i);
            }
        }
        view.showWeakest(baison);
        assertThat(view.weakTitle.getText()).contains("Bài Sơn");
        assertThat(GridKt._size(view.weak)).isPositive();
        var weakest = GridKt._get(view.weak, 0);
        String href = GridKt._getCellComponent(view.weak, 0, "tasks") instanceof com.vaadin.flow.component.html.Div cell
                ? cell.getChildren()
                        .filter(c -> c instanceof Anchor)
                        .map(c -> ((Anchor) c).getHref())
                        .filter(h -> h.startsWith("tasks?new=1"))
                        .findFirst()
                        .orElse("")
                : "";
        assertThat(href).contains("criterion=" + weakest.item().id()).contains("unit=XA-BAISON");

        navigate(href);
        TextField title = _get(TextField.class, spec -> spec.withId("task-title"));
        assertThat(title.getValue()).contains(weakest.item().code());
        assertThat(_find(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("task-lead")))
                .isNotEmpty();
    }

    @Test
    @WithUserDetails("secretary")
    void a_refused_set_code_is_shown_on_its_field_and_nothing_is_created() {
        navigate("indexes");
        _click(_get(Button.class, spec -> spec.withId("index-set-create")));
        _get(TextField.class, spec -> spec.withId("index-set-code")).setValue("bad code!");
        _get(TextField.class, spec -> spec.withId("index-set-name-vi")).setValue("Bộ thử");
        _get(TextField.class, spec -> spec.withId("index-set-name-en")).setValue("Test set");
        _click(_get(Button.class, spec -> spec.withId("index-set-save")));
        TextField code = _get(TextField.class, spec -> spec.withId("index-set-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("bad code!");
        assertThat(sets.sets()).noneMatch(s -> s.code().startsWith("BAD"));
    }
}
