package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The demo data reproduces the seed article's figures exactly (SPEC 8), through the figures of SPEC 3. */
@Transactional
class SeedFiguresTest extends IntegrationTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2024, 1, 1);
    private static final LocalDate INSPECTION = LocalDate.of(2024, 5, 3);
    private static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);

    @Autowired
    FigureService figures;

    @Autowired
    JdbcTemplate jdbc;

    private static BigDecimal percent(long numerator, long denominator, int decimals) {
        return BigDecimal.valueOf(numerator * 100)
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
    }

    @Test
    void the_catalogue_has_261_district_and_156_commune_procedures_by_online_level() {
        Map<String, Long> counts = new HashMap<>();
        // only the demo catalogue: other tests of the shared context may commit procedures of their own
        jdbc.query(
                "select proc_level, online_level, count(*) from admin_procedure"
                        + " where code like 'TTHC-H-%' or code like 'TTHC-X-%' group by proc_level, online_level",
                rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        assertThat(counts)
                .containsOnly(
                        entry("DISTRICT/FULL", 111L),
                        entry("DISTRICT/PARTIAL", 150L),
                        entry("COMMUNE/FULL", 36L),
                        entry("COMMUNE/PARTIAL", 114L),
                        entry("COMMUNE/NONE", 6L));
    }

    @Test
    @WithUserDetails("inspector")
    void online_dossiers_to_3_may_645_at_the_district_all_on_time_and_3555_at_the_communes_88_9_percent() {
        FigureReport report = figures.figures(NEW_YEAR, INSPECTION, null, Channel.ONLINE);
        assertThat(report.end()).isEqualTo(INSPECTION);

        FigureCounts district = report.groups().get("DISTRICT");
        assertThat(district.received()).isEqualTo(645);
        assertThat(district.online()).isEqualTo(645);
        assertThat(district.handled()).isEqualTo(645);
        assertThat(district.onTime()).isEqualTo(645);
        assertThat(district.late()).isZero();

        FigureCounts communes = report.groups().get("COMMUNE");
        assertThat(communes.received()).isEqualTo(3_555);
        assertThat(communes.handled()).isEqualTo(3_555);
        assertThat(communes.onTime()).isEqualTo(3_161);
        assertThat(communes.late()).isEqualTo(394);
        assertThat(percent(communes.onTime(), communes.handled(), 1)).isEqualByComparingTo("88.9");
        // some late ones are still pending at 3 May, some pending ones are not yet due
        assertThat(communes.pendingAtEnd()).isEqualTo(10 + 24 + 101);

        assertThat(report.groups().get("DEPARTMENT").received()).isZero();
        assertThat(report.groups().get("ALL").received()).isEqualTo(645 + 3_555);
    }

    @Test
    @WithUserDetails("inspector")
    void first_quarter_3351_dossiers_3350_with_digitised_components_3343_fully_3294_completed_all_results_digitised() {
        FigureCounts all =
                figures.figures(NEW_YEAR, Q1_END, null, null).groups().get("ALL");
        assertThat(all.received()).isEqualTo(3_351);
        assertThat(all.componentsDigitized()).isEqualTo(3_350);
        assertThat(all.componentsFullyDigitized()).isEqualTo(3_343);
        assertThat(percent(all.componentsFullyDigitized(), all.received(), 2)).isEqualByComparingTo("99.76");
        assertThat(all.completed()).isEqualTo(3_294);
        assertThat(all.resultsDigitized()).isEqualTo(3_294);
        assertThat(all.resultsSigned()).isLessThanOrEqualTo(3_294).isGreaterThan(3_000);
        // the rest of the 4,200 online dossiers arrive from April
        assertThat(all.online()).isEqualTo(480 + 2_620);
    }

    @Test
    @WithUserDetails("inspector")
    void most_commune_leaders_sign_below_the_90_percent_threshold_in_april_2024_most_departments_above() {
        List<UnitFigures> units = figures.figures(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), null, null)
                .units();

        List<FigureCounts> communes = units.stream()
                .filter(u -> u.unitType() == UnitType.COMMUNE)
                .map(UnitFigures::counts)
                .toList();
        assertThat(communes)
                .hasSize(32)
                .allSatisfy(c -> assertThat(c.documentsIssued()).isPositive());
        long communesBelow = communes.stream()
                .filter(c -> c.documentsSigned() * 10 < c.documentsIssued() * 9)
                .count();
        assertThat(communesBelow).isGreaterThan(32 / 2).isLessThan(32);

        List<FigureCounts> departments = units.stream()
                .filter(u -> u.unitType() == UnitType.DEPARTMENT)
                .map(UnitFigures::counts)
                .toList();
        long departmentsAtOrAbove = departments.stream()
                .filter(c -> c.documentsIssued() > 0 && c.documentsSigned() * 10 >= c.documentsIssued() * 9)
                .count();
        assertThat(departmentsAtOrAbove).isGreaterThan(departments.size() / 2);
    }
}
