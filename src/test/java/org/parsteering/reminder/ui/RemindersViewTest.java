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

    @Test
    @WithUserDetails("head.baison")
    void on_a_phone_each_reminder_is_a_card_with_its_facts_and_actions_and_on_a_desktop_every_column_shows() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("vi"));
        RemindersView view = open();
        view.layoutFor(390);
        assertThat(view.isPhoneLayout()).isTrue();
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()))
                .containsExactly("card");
        int row = -1;
        for (int i = 0; i < GridKt._size(view.grid) && row < 0; i++) {
            if (GridKt._get(view.grid, i).state() == ReminderState.OPEN) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        Reminder r = GridKt._get(view.grid, row);
        var card = GridKt._getCellComponent(view.grid, row, "card");
        java.util.function.Function<String, String> text =
                cls -> _get(card, Span.class, spec -> spec.withClasses(cls)).getText();
        assertThat(text.apply("reminder-card-title"))
                .isEqualTo(card.getTranslation(r.rule().messageKey()));
        assertThat(text.apply("reminder-card-unit")).isEqualTo(r.unitName());
        assertThat(text.apply("reminder-card-text")).isNotBlank();
        assertThat(text.apply("reminder-card-date")).matches("Ngày tạo \\d{2}/\\d{2}/\\d{4} · \\d+ ngày");
        assertThat(_find(card, Span.class, spec -> spec.withClasses("reminder-state")))
                .extracting(Span::getText)
                .containsExactly("Mới");
        assertThat(_find(card, Button.class)).extracting(Button::getText).containsExactly("Xem chi tiết", "Tiếp nhận");

        // the card's own acknowledge acts at once
        int before = Integer.parseInt(badge());
        _click(_get(card, Button.class, spec -> spec.withText("Tiếp nhận")));
        assertThat(Integer.parseInt(badge().isEmpty() ? "0" : badge())).isEqualTo(before - 1);

        view.layoutFor(1440);
        assertThat(view.isPhoneLayout()).isFalse();
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getHeaderText()))
                .containsExactly("Trạng thái", "Mức độ", "Nội dung", "Đơn vị", "Ngày tạo", "Đã mở");
    }

    @Test
    @WithUserDetails("committee")
    void the_dialog_tells_resolving_the_reminder_apart_from_going_back() {
        RemindersView view = open();
        Reminder first = GridKt._get(view.grid, 0);
        view.open(first);
        Button resolve = _get(Button.class, spec -> spec.withId("reminder-close"));
        Button back = _get(Button.class, spec -> spec.withId("reminder-back"));
        assertThat(resolve.getText()).isEqualTo("Done — resolve");
        assertThat(resolve.getThemeName()).contains("primary");
        assertThat(back.getText()).isEqualTo("Back");
        assertThat(back.getThemeName()).contains("tertiary");
        // "Back" closes the dialog and leaves the reminder as it was
        _click(back);
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Button.class, spec -> spec.withId("reminder-close"))).isEmpty();
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(first.id());
        assertThat(GridKt._get(view.grid, 0).state()).isEqualTo(first.state());
    }
}
