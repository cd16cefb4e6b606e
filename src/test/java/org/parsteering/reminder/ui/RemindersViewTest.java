package org.parsteering.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderState;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The inbox per role, the actions on a reminder, the navigation badge and the thresholds screen. */
@Transactional
class RemindersViewTest extends KaribuTest {

    private RemindersView open() {
        UI.getCurrent().navigate("reminders");
        MockVaadin.clientRoundtrip(false);
        return _get(RemindersView.class);
    }

    private String badge() {
        Span badge = _get(Span.class, spec -> spec.withId("reminder-badge"));
        return badge.isVisible() ? badge.getText() : "";
    }

    @Test
    @WithUserDetails("head.baison")
    void a_unit_head_sees_their_units_reminders_and_acknowledges_one_which_lowers_the_badge() {
        RemindersView view = open();
        int rows = GridKt._size(view.grid);
        assertThat(rows).isPositive();
        for (int i = 0; i < rows; i++) {
            assertThat(GridKt._get(view.grid, i).unitCode()).isEqualTo("XA-BAISON");
        }
        assertThat(_find(Button.class, spec -> spec.withId("run-checks"))).isEmpty();
        int before = Integer.parseInt(badge());

        Reminder open = null;
        for (int i = 0; i < rows; i++) {
            if (GridKt._get(view.grid, i).state() == ReminderState.OPEN) {
                open = GridKt._get(view.grid, i);
                break;
            }
        }
        assertThat(open).isNotNull();
        view.open(open);
        assertThat(_find(Button.class, spec -> spec.withId("reminder-escalate")))
                .isEmpty();
        _get(TextArea.class, spec -> spec.withId("reminder-note")).setValue("Đã giao cán bộ xử lý");
        _click(_get(Button.class, spec -> spec.withId("reminder-acknowledge")));
        assertThat(Integer.parseInt(badge().isEmpty() ? "0" : badge())).isEqualTo(before - 1);
        Reminder after = null;
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).id() == open.id()) {
                after = GridKt._get(view.grid, i);
            }
        }
        assertThat(after.state()).isEqualTo(ReminderState.ACKNOWLEDGED);
    }

    @Test
    @WithUserDetails("committee")
    void the_committee_sees_escalated_first_runs_the_checks_and_closes_with_a_note() {
        RemindersView view = open();
        assertThat(GridKt._get(view.grid, 0).state()).isEqualTo(ReminderState.ESCALATED);
        java.util.Set<String> units = new java.util.HashSet<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            units.add(GridKt._get(view.grid, i).unitCode());
        }
        assertThat(units.size()).isGreaterThan(1);

        _click(_get(Button.class, spec -> spec.withId("run-checks")));
        assertThat(_get(Button.class, spec -> spec.withId("run-checks")).isEnabled())
                .isTrue();

        Reminder first = GridKt._get(view.grid, 0);
        view.open(first);
        assertThat(_find(Button.class, spec -> spec.withId("reminder-acknowledge")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("reminder-close")));
        // no note: refused, nothing changed
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(first.id());
        _get(TextArea.class, spec -> spec.withId("reminder-note")).setValue("Đã xử lý tại phiên họp");
        _click(_get(Button.class, spec -> spec.withId("reminder-close")));
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            assertThat(GridKt._get(view.grid, i).id()).isNotEqualTo(first.id());
        }
    }
}
