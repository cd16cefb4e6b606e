package org.parsteering.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Period;
import org.parsteering.calendar.PeriodLock;
import org.parsteering.calendar.PeriodLockService;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretary's locked periods (SPEC 4a): the choice offers ended months and quarters, the newest first; a lock
 * is confirmed and listed, the quarter leaves the choice; an unlock without a reason is refused on its field and
 * keeps the dialog; the dashboard and the reports name the lock.
 */
@Transactional
class PeriodLocksViewTest extends KaribuTest {

    @Autowired
    PeriodLockService locks;

    @Test
    @WithUserDetails("secretary")
    void the_secretary_locks_the_first_quarter_and_unlocks_it_with_a_reason() {
        UI.getCurrent().navigate("admin/locks");
        MockVaadin.clientRoundtrip(false);
        PeriodLocksView view = _get(PeriodLocksView.class);
        // 15 May 2024: April is the last month over, then the first quarter and its months
        assertThat(view.lockable())
                .startsWith(
                        Period.month(YearMonth.of(2024, 4)),
                        Period.quarter(2024, 1),
                        Period.month(YearMonth.of(2024, 3)));
        assertThat(view.empty.isVisible()).isTrue();

        view.choice.setValue(Period.quarter(2024, 1));
        _click(view.lock);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("locks-confirm")));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.lockable()).doesNotContain(Period.quarter(2024, 1), Period.month(YearMonth.of(2024, 2)));
        PeriodLock lock = GridKt._get(view.grid, 0);
        assertThat(lock.lockedBy()).isEqualTo("secretary");

        _click((Button) GridKt._getCellComponent(view.grid, 0, "actions"));
        _click(_get(Button.class, spec -> spec.withId("locks-unlock-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("locks-reason")).isInvalid())
                .isTrue();
        assertThat(locks.locks()).hasSize(1);
        _get(TextArea.class, spec -> spec.withId("locks-reason")).setValue("Số liệu quý 1 được điều chỉnh");
        _click(_get(Button.class, spec -> spec.withId("locks-unlock-confirm")));
        assertThat(locks.locks()).isEmpty();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    @WithUserDetails("committee")
    void the_dashboard_and_the_reports_of_a_locked_quarter_say_when_and_by_whom() {
        as("secretary", () -> locks.lock(Period.quarter(2024, 1)));
        UI.getCurrent()
                .navigate("", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("period", "2024-Q1")));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-locked")).getText())
                .startsWith("Quarter 1 of 2024 is locked")
                .contains("secretary");
        UI.getCurrent()
                .navigate("", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("period", "2024-Q2")));
        MockVaadin.clientRoundtrip(false);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Div.class, spec -> spec.withId("dashboard-locked")))
                .isEmpty();

        UI.getCurrent().navigate("reports");
        MockVaadin.clientRoundtrip(false);
        Paragraph locked = (Paragraph) byId(UI.getCurrent(), "report-locked");
        assertThat(locked.isVisible()).isFalse(); // the current quarter
        @SuppressWarnings("unchecked")
        Select<String> quarter = _get(Select.class, spec -> spec.withId("report-quarter"));
        quarter.setValue("2024-Q1");
        assertThat(locked.isVisible()).isTrue();
        assertThat(locked.getText()).contains("Quarter 1 of 2024 is locked");
    }

    /** A component by id, visible or not (Karibu's locators see only visible ones). */
    static com.vaadin.flow.component.Component byId(com.vaadin.flow.component.Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return root;
        }
        return root.getChildren()
                .map(c -> byId(c, id))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
