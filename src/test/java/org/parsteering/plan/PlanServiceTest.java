package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
@WithUserDetails("secretary")
class PlanServiceTest extends IntegrationTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Test
    void the_demo_plan_2021_2025_is_current_with_its_seven_fields() {
        PlanSummary current = plans.current().orElseThrow();
        assertThat(current.code()).isEqualTo("2021-2025");
        assertThat(plans.fields(current.id()))
                .extracting(FieldSummary::code)
                .containsExactly("CDDH", "TCTC", "TTHC", "BMHC", "CVCC", "TCC", "CPDT");
        assertThat(tasks.countByStatus(BoardFilter.all()).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("about 60 demo tasks")
                .isBetween(50L, 70L);
    }

    @Test
    void the_demo_plan_shows_every_badge_on_first_start() {
        var page = tasks.board(BoardFilter.all(), org.springframework.data.domain.PageRequest.of(0, 200))
                .getContent();
        assertThat(page)
                .anyMatch(TaskCard::overdue)
                .anyMatch(TaskCard::doneLate)
                .anyMatch(c -> c.status() == TaskStatus.DONE)
                .anyMatch(c -> c.status() == TaskStatus.COMPLETED);
        // "due soon" is relative to the day the demo was loaded; the test clock loads it on 15 May 2024.
        assertThat(page).anyMatch(TaskCard::dueSoon);
    }

    @Test
    void the_secretary_creates_a_later_plan_and_makes_it_current() {
        PlanSummary next = plans.create("2026-2030", "Kế hoạch CCHC 2026–2030", 2026, 2030);
        assertThat(next.current())
                .as("the first plan stays current until the secretary says so")
                .isFalse();
        assertThat(plans.fields(next.id())).hasSize(7);
        plans.makeCurrent("2026-2030");
        assertThat(plans.current().orElseThrow().code()).isEqualTo("2026-2030");
        assertThat(tasks.countByStatus(BoardFilter.all()).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("the board follows the current plan")
                .isZero();
    }

    @Test
    void plan_codes_and_years_are_checked() {
        assertThatThrownBy(() -> plans.create("2021-2025", "again", 2021, 2025))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("plan.error.codeTaken");
        assertThatThrownBy(() -> plans.create("next", "x", 2026, 2030))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("plan.error.code");
        assertThatThrownBy(() -> plans.create("2031-2030", "x", 2031, 2030))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("plan.error.years");
    }
}
