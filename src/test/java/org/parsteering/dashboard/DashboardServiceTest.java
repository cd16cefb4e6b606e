package org.parsteering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Period;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureService;
import org.parsteering.plan.Completion;
import org.parsteering.plan.CompletionService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The dashboards read the figure, completion and reminder services: the same numbers as those screens. */
@Transactional
class DashboardServiceTest extends IntegrationTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    FigureService figures;

    @Autowired
    CompletionService completion;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    JdbcTemplate jdbc;

    static final Period Q1_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));

    @Test
    void the_committee_dashboard_shows_the_seed_figures_of_the_first_quarter() {
        CommitteeDashboard d = as("committee", () -> dashboards.committee(Q1_2024, Locale.ENGLISH));
        assertThat(d.previous()).isEqualTo(new Period(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
        assertThat(Figure.COMPONENTS.of(d.locality()).fractionText(Locale.ENGLISH))
                .isEqualTo("3,350 / 3,351");
        assertThat(Figure.COMPONENTS_FULL.of(d.locality()).percentText(Locale.ENGLISH))
                .isEqualTo("99.76 %");
        assertThat(Figure.RESULTS_DIGITIZED.of(d.locality()).fractionText(Locale.ENGLISH))
                .isEqualTo("3,294 / 3,294");
        // the same counts as the figures page, and one league row per commune
        var page = as("committee", () -> figures.figures(Q1_2024.from(), Q1_2024.to(), null, null));
        assertThat(d.locality()).isEqualTo(page.groups().get("ALL"));
        assertThat(d.league().rows()).hasSize((int) page.units().stream()
                .filter(u -> u.unitType() == org.parsteering.unit.UnitType.COMMUNE)
                .count());
        assertThat(d.tiles())
                .extracting(t -> t.value().figure())
                .containsExactlyElementsOf(DashboardService.TILE_FIGURES);
        assertThat(d.tiles()).allMatch(t -> t.value().hasData() && t.peers() == null);
        assertThat(d.trend()).hasSize(DashboardService.TREND_MONTHS);
        assertThat(d.trend().getLast().month()).isEqualTo(java.time.YearMonth.of(2024, 3));
        assertThat(d.escalatedReminders()).isEqualTo(1);
    }

    @Test
    void completion_counts_done_on_time_done_late_overdue_and_open_by_deadline_in_the_period() {
        as("secretary", () -> {
            unitImport.importFile(
                    "unit_code,name,type,parent_code\nXA-DBT,Xã Bảng Thử,COMMUNE,DISTRICT\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "u.csv");
            taskImport.importFile("""
                    task_code,title,field,lead_unit,deadline
                    DB-1,Đúng hạn,TTHC,XA-DBT,2024-05-10
                    DB-2,Trễ hạn,TTHC,XA-DBT,2024-05-11
                    DB-3,Quá hạn,TTHC,XA-DBT,2024-05-12
                    DB-4,Còn hạn,TTHC,XA-DBT,2024-06-30
                    DB-5,Hủy,TTHC,XA-DBT,2024-06-01
                    DB-6,Ngoài kỳ,TTHC,XA-DBT,2024-07-01
                    """.getBytes(StandardCharsets.UTF_8), "t.csv");
            return null;
        });
        status("DB-1", "DONE", false);
        status("DB-2", "DONE", true);
        status("DB-3", "IN_PROGRESS", false);
        status("DB-5", "CANCELLED", false);
        Completion c = as(
                        "committee",
                        () -> completion.completion(
                                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), "XA-DBT", Locale.ENGLISH))
                .overall();
        // today is 15 May 2024: DB-3 is overdue, DB-4 open and in time; DB-5 cancelled and DB-6 outside the period
        assertThat(c.total()).isEqualTo(4);
        assertThat(c.doneOnTime()).isEqualTo(1);
        assertThat(c.doneLate()).isEqualTo(1);
        assertThat(c.overdue()).isEqualTo(1);
        assertThat(c.open()).isEqualTo(1);
        assertThat(c.percent()).isEqualTo(50.0);
        assertThat(as("committee", () -> completion.dueWithin(14, "XA-DBT", 10)))
                .extracting(org.parsteering.plan.DueTask::taskCode)
                .isEmpty();
    }

    private void status(String task, String status, boolean late) {
        jdbc.update(
                "update assignment set status = ?, done_late = ?, done_on = case when ? = 'DONE' then deadline else null end"
                        + " where task_id = (select id from task where code = ?)",
                status,
                late,
                status,
                task);
    }

    @Test
    void a_unit_head_sees_their_unit_beside_the_communes_and_not_the_committee_dashboard() {
        UnitDashboard d = as("head.baison", () -> dashboards.unit(Q1_2024, Locale.ENGLISH));
        assertThat(d.unitCode()).isEqualTo("XA-BAISON");
        var page = as("head.baison", () -> figures.figures(Q1_2024.from(), Q1_2024.to(), null, null));
        assertThat(d.unit())
                .isEqualTo(page.units().stream()
                        .filter(u -> u.unitCode().equals("XA-BAISON"))
                        .findFirst()
                        .orElseThrow()
                        .counts());
        assertThat(d.peers()).isEqualTo(page.groups().get("COMMUNE"));
        assertThat(d.tiles())
                .allSatisfy(t ->
                        assertThat(t.peers()).isEqualTo(PeriodRate.of(t.value().figure(), d.peers())));
        assertThat(d.reminders()).allMatch(r -> r.unitCode().equals("XA-BAISON"));
        assertThatThrownBy(() -> as("head.baison", () -> dashboards.committee(Q1_2024, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("committee", () -> dashboards.unit(Q1_2024, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_previous_period_of_a_quarter_is_the_quarter_before_and_of_a_range_the_same_length_before() {
        assertThat(Period.quarterOf(LocalDate.of(2024, 5, 15)))
                .isEqualTo(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(Q1_2024.previous().key()).isEqualTo("2023-Q4");
        assertThat(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 3)).previous())
                .isEqualTo(new Period(LocalDate.of(2023, 8, 30), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void a_dashboard_quarter_outside_the_years_2000_to_2100_or_unreadable_is_refused_with_a_message() {
        assertThat(as("inspector", () -> dashboards.quarter("2024-Q2")))
                .isEqualTo(Period.quarterOf(LocalDate.of(2024, 4, 1)));
        for (String key : java.util.List.of("0001-Q1", "9999-Q4", "1999-Q4", "2024-Q5", "abc")) {
            assertThatThrownBy(() -> as("inspector", () -> dashboards.quarter(key)))
                    .as(key)
                    .isInstanceOf(org.parsteering.base.BusinessException.class);
        }
    }

    @Test
    void the_league_change_is_none_against_a_previous_quarter_without_data_and_in_points_against_one_with_data() {
        // the demo's dossiers start in 2024: the first quarter has nothing to compare with
        CommitteeDashboard first = as("committee", () -> dashboards.committee(Q1_2024, Locale.ENGLISH));
        assertThat(first.league().rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.cells()).allMatch(c -> c.change() == null));
        Period q2 = as("committee", () -> dashboards.quarter("2024-Q2"));
        CommitteeDashboard second = as("committee", () -> dashboards.committee(q2, Locale.ENGLISH));
        var before = as("committee", () -> figures.figures(Q1_2024.from(), Q1_2024.to(), null, null));
        LeagueRow top = second.league().rows().getFirst();
        var earlier = before.units().stream()
                .filter(u -> u.unitCode().equals(top.unitCode()))
                .findFirst()
                .orElseThrow()
                .counts();
        PeriodRate now = top.cells().getFirst().now();
        PeriodRate then = PeriodRate.of(Figure.ON_TIME, earlier);
        assertThat(top.cells().getFirst().change())
                .isEqualTo(now.hasData() && then.hasData() ? now.percent() - then.percent() : null);
    }

    @Test
    void months_without_dossiers_are_gaps_in_the_trend_not_zero() {
        CommitteeDashboard d = as("committee", () -> dashboards.committee(Q1_2024, Locale.ENGLISH));
        // October to December 2023: before the demo's first dossiers
        assertThat(d.trend().getFirst().month()).isEqualTo(java.time.YearMonth.of(2023, 10));
        assertThat(d.trend().getFirst().counts().received()).isZero();
        assertThat(d.trend().getFirst().percent(Figure.ON_TIME)).isNull();
        assertThat(d.trend().getFirst().percent(Figure.SIGNATURES)).isNull();
        assertThat(d.trend().getLast().percent(Figure.ON_TIME)).isNotNull();
    }

    @Test
    void the_period_choice_offers_the_current_quarter_and_the_seven_before_it() {
        var quarters = as("head.baison", () -> dashboards.recentQuarters());
        assertThat(quarters).hasSize(8).first().isEqualTo(Period.quarterOf(LocalDate.of(2024, 5, 15)));
        for (int i = 1; i < quarters.size(); i++) {
            assertThat(quarters.get(i)).isEqualTo(quarters.get(i - 1).previous());
        }
        assertThatThrownBy(() -> dashboards.recentQuarters())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_first_quarter_of_2000_has_a_dashboard_although_its_previous_quarter_is_outside_the_years() {
        Period first = as("inspector", () -> dashboards.quarter("2000-Q1"));
        CommitteeDashboard d = as("inspector", () -> dashboards.committee(first, Locale.ENGLISH));
        assertThat(d.period()).isEqualTo(first);
        assertThat(d.locality().received()).isZero();
        // a quarter without data: every tile "—" (no rate), never 0 %
        assertThat(d.tiles()).isNotEmpty().noneMatch(t -> t.value().hasData() || t.below());
        assertThat(d.league().rows())
                .allSatisfy(r -> assertThat(r.cells())
                        .allMatch(c -> c.change() == null && c.now().percent() == null));
    }
}
