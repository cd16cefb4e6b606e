package org.parsteering.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The demo's PAR INDEX rounds (SPEC 8): last year's published and ranked, this year's open with work in progress. */
@Transactional
class DemoIndexRoundsTest extends IntegrationTest {

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexResultService results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void last_years_round_is_published_and_ranked_and_this_years_is_open() {
        RoundSummary last =
                as("committee", () -> rounds.round("PARINDEX-2023", 2023).orElseThrow());
        assertThat(last.state()).isEqualTo(RoundState.PUBLISHED);
        assertThat(last.submitted()).isEqualTo(last.units());
        RoundResults r = as("head.baison", () -> results.results(last.id()));
        List<UnitResult> communes = r.byType().get(UnitType.COMMUNE);
        assertThat(communes).hasSizeGreaterThan(20);
        assertThat(communes.getFirst().rank()).isEqualTo(1);
        assertThat(communes)
                .allSatisfy(u -> assertThat(u.percent())
                        .isBetween(java.math.BigDecimal.valueOf(50), java.math.BigDecimal.valueOf(100)));
        assertThat(communes.stream().map(u -> u.band().nameEn()).distinct()).hasSizeGreaterThan(1);
        // the computed points were frozen at publication: the demo has no dossier in 2023, so not measured (null,
        // with its 0/0), never 0 or full marks
        assertThat(jdbc.sql("""
                        select count(*) from index_score s join index_item i on i.id = s.item_id
                        where s.round_id = :round and i.method = 'FORMULA' and s.computed_points is null
                        and s.final_points is null and s.computed_note = '0/0'""").param("round", last.id()).query(Integer.class).single())
                .isEqualTo(last.units() * 6);

        RoundSummary now =
                as("committee", () -> rounds.round("PARINDEX-2024", 2024).orElseThrow());
        assertThat(now.state()).isEqualTo(RoundState.OPEN);
        assertThat(now.submitted()).isPositive().isLessThan(now.units());
        assertThat(as("committee", () -> results.results(now.id())).previous().id())
                .isEqualTo(last.id());
        UnitSheet baison = as("head.baison", () -> rounds.sheet(now.id(), "XA-BAISON"));
        assertThat(baison.submitted()).isFalse();
        assertThat(baison.lines())
                .filteredOn(l -> l.item().method() == ScoringMethod.MANUAL)
                .allSatisfy(l -> assertThat(l.selfPoints()).isNull());
        assertThat(jdbc.sql("select count(*) from task_criterion")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void the_dashboards_show_the_766_score_the_latest_ranking_and_a_units_own_result() {
        CommitteeIndexes c = as(
                "committee",
                () -> results.committeeIndexes(
                        java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 3, 31)));
        assertThat(c.score766().set().code()).isEqualTo("QD766");
        assertThat(c.score766().items().stream()
                        .filter(i -> i.item().code().equals("4.1"))
                        .findFirst()
                        .orElseThrow()
                        .points())
                .isEqualByComparingTo("6.00");
        assertThat(c.latest().round().setCode()).isEqualTo("PARINDEX-2023");

        UnitIndexes mine = as("head.baison", () -> results.unitIndexes("XA-BAISON"));
        assertThat(mine.published().year()).isEqualTo(2023);
        assertThat(mine.result().unitCode()).isEqualTo("XA-BAISON");
        assertThat(mine.result().rank()).isBetween(1, mine.unitsOfType());
        assertThat(mine.weakest()).hasSize(3);
        assertThat(mine.weakest().get(0).lost())
                .isGreaterThanOrEqualTo(mine.weakest().get(2).lost());
        assertThat(mine.open().year()).isEqualTo(2024);
        assertThat(mine.openSubmitted()).isFalse();
        assertThat(mine.scored()).isZero();
        assertThat(mine.toScore()).isGreaterThan(40);
    }
}
