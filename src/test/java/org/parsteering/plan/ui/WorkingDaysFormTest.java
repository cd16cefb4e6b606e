package org.parsteering.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task's deadline in working days (SPEC 4a): "N working days from the start" sets the deadline over the calendar,
 * and a deadline on a day off says which working day it counts until. The tests' today is Wednesday 15 May 2024.
 */
@Transactional
class WorkingDaysFormTest extends KaribuTest {

    @Test
    @WithUserDetails("committee")
    void working_days_set_the_deadline_and_a_deadline_on_a_day_off_says_when_it_counts_until() {
        UI.getCurrent().navigate("tasks");
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("task-create")));
        _get(IntegerField.class, spec -> spec.withId("task-working-days")).setValue(5);
        DatePicker deadline = _get(DatePicker.class, spec -> spec.withId("task-deadline"));
        assertThat(deadline.getValue()).isEqualTo(LocalDate.of(2024, 5, 22)); // Thu 16 … Wed 22, the weekend skipped
        assertThat(deadline.getHelperText()).isNullOrEmpty();

        // from Friday 26 April: the weekend, 29 April (swapped), 30 April and 1 May off
        _get(DatePicker.class, spec -> spec.withCaption("Start date")).setValue(LocalDate.of(2024, 4, 26));
        _get(IntegerField.class, spec -> spec.withId("task-working-days")).setValue(1);
        assertThat(deadline.getValue()).isEqualTo(LocalDate.of(2024, 5, 2));

        deadline.setValue(LocalDate.of(2024, 4, 27)); // a Saturday
        assertThat(deadline.getHelperText()).contains("2 May 2024");
    }
}
