package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When the demo loads a plan and when it closes it, without Spring: the decision is a function of the day. */
class DemoPlanDecisionTest {

    @Test
    void before_1_july_2025_the_new_plan_has_no_units_and_the_old_one_stays_open() {
        LocalDate may2024 = LocalDate.of(2024, 5, 15);
        assertThat(DemoPlan.decide(may2024, 2021, 2025, true)).isEqualTo(new DemoPlan.Decision(true, null));
        assertThat(DemoPlan.decide(may2024, 2026, 2030, false).load()).isFalse();
        LocalDate june2025 = LocalDate.of(2025, 6, 30);
        assertThat(DemoPlan.decide(june2025, 2021, 2025, true).closeOn()).isNull();
    }

    @Test
    void from_1_july_2025_to_the_end_of_2025_the_units_exist_but_the_new_plan_has_not_started() {
        LocalDate july2025 = LocalDate.of(2025, 7, 1);
        assertThat(DemoPlan.decide(july2025, 2026, 2030, true).load()).isFalse();
        assertThat(DemoPlan.decide(LocalDate.of(2025, 12, 31), 2026, 2030, true).load())
                .isFalse();
        assertThat(DemoPlan.decide(LocalDate.of(2025, 12, 31), 2021, 2025, true))
                .isEqualTo(new DemoPlan.Decision(true, null));
    }

    @Test
    void from_1_january_2026_the_new_plan_loads_and_the_old_one_is_closed_on_that_day() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        assertThat(DemoPlan.decide(newYear, 2026, 2030, true)).isEqualTo(new DemoPlan.Decision(true, null));
        assertThat(DemoPlan.decide(newYear, 2021, 2025, true)).isEqualTo(new DemoPlan.Decision(true, newYear));
        assertThat(DemoPlan.decide(LocalDate.of(2026, 12, 2), 2021, 2025, true).closeOn())
                .isEqualTo(newYear);
    }

    @Test
    void a_plan_whose_units_are_missing_is_not_loaded_whatever_the_day() {
        assertThat(DemoPlan.decide(LocalDate.of(2026, 12, 2), 2026, 2030, false))
                .isEqualTo(new DemoPlan.Decision(false, null));
    }
}
