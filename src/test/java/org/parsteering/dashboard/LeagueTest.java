package org.parsteering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.settings.Thresholds;
import org.parsteering.unit.UnitType;

/** The league table and the dashboards' "no data" rule, without Spring. */
class LeagueTest {

    /** A commune's counts: {@code handled} dossiers received and completed, {@code onTime} of them on time. */
    static FigureCounts counts(long handled, long onTime) {
        return new FigureCounts(
                handled, handled, 0, handled, onTime, handled - onTime, 0, handled, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Nothing received or completed, but dossiers of earlier quarters still pending and overdue. */
    static final FigureCounts ONLY_OLD_PENDING = new FigureCounts(0, 0, 169, 169, 0, 169, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static UnitFigures commune(String code, String name, FigureCounts c) {
        return new UnitFigures(code, name, UnitType.COMMUNE, c);
    }

    @Test
    void a_period_where_nothing_was_received_or_completed_has_no_data_not_zero_percent() {
        PeriodRate onTime = PeriodRate.of(Figure.ON_TIME, ONLY_OLD_PENDING);
        assertThat(onTime.rate().defined()).as("SPEC 3 rate has a base").isTrue();
        assertThat(onTime.hasData()).isFalse();
        assertThat(onTime.percent()).isNull();
        assertThat(onTime.below(95.0)).isFalse();
        assertThat(PeriodRate.of(Figure.ON_TIME, FigureCounts.ZERO).percent()).isNull();
        assertThat(PeriodRate.of(Figure.ON_TIME, counts(10, 9)).percent()).isEqualTo(90.0);
        assertThat(PeriodRate.of(Figure.ON_TIME, counts(10, 9)).below(95.0)).isTrue();
        // the signature rate has data when a signature report counted issued documents, whatever the dossiers
        FigureCounts signaturesOnly = new FigureCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 30);
        assertThat(PeriodRate.of(Figure.SIGNATURES, signaturesOnly).percent()).isEqualTo(75.0);
        assertThat(PeriodRate.of(Figure.ON_TIME, signaturesOnly).hasData()).isFalse();
    }

    @Test
    void the_change_is_none_when_the_earlier_period_has_no_data_and_in_points_otherwise() {
        PeriodRate now = PeriodRate.of(Figure.ON_TIME, counts(20, 19));
        assertThat(now.changeFrom(PeriodRate.of(Figure.ON_TIME, ONLY_OLD_PENDING)))
                .as("against a quarter with only old pending dossiers (was +95 points)")
                .isNull();
        assertThat(now.changeFrom(PeriodRate.of(Figure.ON_TIME, FigureCounts.ZERO)))
                .isNull();
        assertThat(PeriodRate.of(Figure.ON_TIME, FigureCounts.ZERO).changeFrom(now))
                .isNull();
        assertThat(now.changeFrom(PeriodRate.of(Figure.ON_TIME, counts(10, 9)))).isCloseTo(5.0, within());
    }

    @Test
    void communes_rank_by_on_time_rate_with_those_without_data_last_and_the_change_against_the_previous_period() {
        League league = League.rank(
                List.of(
                        commune("XA-B", "Xã B", counts(10, 9)),
                        commune("XA-EMPTY", "Xã A trống", ONLY_OLD_PENDING),
                        commune("XA-C", "Xã C", counts(10, 10)),
                        commune("XA-NEW", "Xã D mới", counts(4, 2))),
                Map.of("XA-B", counts(10, 5), "XA-C", ONLY_OLD_PENDING),
                Thresholds.DEFAULTS);
        assertThat(league.rows()).extracting(LeagueRow::unitCode).containsExactly("XA-C", "XA-B", "XA-NEW", "XA-EMPTY");
        assertThat(league.rows()).extracting(LeagueRow::rank).containsExactly(1, 2, 3, 4);
        assertThat(league.extremesOnly()).isFalse();
        LeagueRow b = league.rows().get(1);
        assertThat(b.cells()).hasSize(League.FIGURES.size());
        assertThat(b.cells().getFirst().change()).isCloseTo(40.0, within());
        assertThat(b.cells().getFirst().below())
                .as("90 % is below the 95 % threshold")
                .isTrue();
        assertThat(league.rows().get(0).cells().getFirst().change())
                .as("the earlier quarter had no data")
                .isNull();
        assertThat(league.rows().get(2).cells().getFirst().change())
                .as("no row before: no data")
                .isNull();
        assertThat(league.rows().get(3).cells().getFirst().now().percent()).isNull();
        assertThat(league.rows().get(3).cells().getFirst().below()).isFalse();
    }

    @Test
    void a_province_league_lists_the_ten_best_and_the_ten_weakest_with_their_ranks() {
        List<UnitFigures> communes = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            communes.add(commune("XA-" + i, "Xã " + i, counts(100, i)));
        }
        League league = League.rank(communes, Map.of(), Thresholds.DEFAULTS);
        assertThat(league.rows()).hasSize(20);
        assertThat(league.communeCount()).isEqualTo(50);
        assertThat(league.extremesOnly()).isTrue();
        assertThat(league.rows().getFirst().rank()).isEqualTo(1);
        assertThat(league.rows().getFirst().unitCode()).isEqualTo("XA-50");
        assertThat(league.rows().get(10).rank()).isEqualTo(41);
        assertThat(league.rows().getLast().unitCode()).isEqualTo("XA-1");
        assertThat(League.rank(communes.subList(0, League.ALL_UP_TO), Map.of(), Thresholds.DEFAULTS)
                        .rows())
                .hasSize(League.ALL_UP_TO);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
