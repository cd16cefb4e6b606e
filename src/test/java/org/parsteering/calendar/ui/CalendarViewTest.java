package org.parsteering.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parsteering.calendar.WorkingCalendar;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The secretary's calendar screen: a year with nothing entered says so; a day is added, a weekend holiday refused. */
@Transactional
class CalendarViewTest extends KaribuTest {

    @Autowired
    WorkingCalendar calendar;

    @Test
    @WithUserDetails("secretary")
    void the_secretary_enters_next_years_new_year_and_a_weekend_holiday_is_refused_on_its_field() {
        UI.getCurrent().navigate("admin/calendar");
        MockVaadin.clientRoundtrip(false);
        CalendarView view = _get(CalendarView.class);
        assertThat(GridKt._size(view.grid)).isPositive(); // 2024 of the tests' demo
        view.year.setValue(2027);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(GridKt._size(view.grid)).isZero();

        _click(_get(Button.class, spec -> spec.withId("calendar-add")));
        _get(DatePicker.class, spec -> spec.withId("calendar-day-date")).setValue(LocalDate.of(2027, 1, 2));
        _get(TextField.class, spec -> spec.withId("calendar-day-name-vi")).setValue("Tết Dương lịch");
        _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("calendar-day-date"))
                        .isInvalid())
                .isTrue();

        _get(DatePicker.class, spec -> spec.withId("calendar-day-date")).setValue(LocalDate.of(2027, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }
}
