package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parsteering.support.MutableClock;
import org.parsteering.support.PasswordCheckGate;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo of today (SPEC 8) as created on 20 March 2026, in a context and a database of its own (the other tests
 * see the district of 2024): Nghệ An's province office, departments and 130 commune-level units active, the former
 * Đô Lương district closed on 30 June 2025 and merged into six communes, the seed figures still exact in the
 * historical structure and counted for the new communes and the province in the current one, the demo accounts
 * moved, and the activity of every unit since 1 July 2025 with nothing pending for long.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"test", "demo"})
@Import({DemoTodayTest.Today.class, PasswordCheckGate.Config.class})
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:partoday;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;"
                        + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class DemoTodayTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final LocalDate NEW_YEAR = LocalDate.of(2024, 1, 1);
    private static final LocalDate INSPECTION = LocalDate.of(2024, 5, 3);
    private static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);
    private static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);
    private static final List<String> NEW_COMMUNES =
            List.of("XA-DOLUONG", "XA-BACHNGOC", "XA-VANHIEN", "XA-BACHHA", "XA-THUANTRUNG", "XA-LUONGSON");

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        MutableClock todayClock() {
            return new MutableClock(Instant.parse("2026-03-20T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FigureService figures;

    private List<String> activeCodes(String types) {
        return jdbc.queryForList(
                "select code from unit where unit_type in (" + types + ") and (active_from is null or active_from <= ?)"
                        + " and (active_to is null or active_to >= ?) order by code",
                String.class,
                TODAY,
                TODAY);
    }

    @Test
    void the_province_its_departments_and_the_130_communes_and_wards_are_active_the_district_closed() {
        assertThat(activeCodes("'COMMUNE','WARD'")).hasSize(130).containsAll(NEW_COMMUNES);
        assertThat(activeCodes("'WARD'")).hasSize(11);
        assertThat(activeCodes("'PROVINCE'")).containsExactly("TINH-NGHEAN");
        assertThat(activeCodes("'DEPARTMENT'"))
                .hasSize(20)
                .contains("SO-NOIVU", "SO-TUPHAP", "VP-UBND", "THANHTRA", "TTPVHCC")
                .allSatisfy(code -> assertThat(code).doesNotStartWith("PB-"));
        assertThat(activeCodes("'DISTRICT'")).isEmpty();

        List<Map<String, Object>> closed =
                jdbc.queryForList("select code, active_to from unit where active_to is not null order by code");
        assertThat(closed)
                .hasSize(1 + 12 + 31)
                .allSatisfy(r -> assertThat(r.get("active_to").toString()).isEqualTo("2025-06-30"));
        assertThat(closed.stream().map(r -> (String) r.get("code")))
                .contains("DISTRICT", "PB-NOIVU", "XA-BAISON", "XA-DOLUONG-TT")
                .doesNotContain("XA-BACHNGOC");
        // Bạch Ngọc is one of the four communes merged into Bạch Ngọc: it carries on, with its history
        assertThat(jdbc.queryForObject("select active_from from unit where code = 'XA-BACHNGOC'", LocalDate.class))
                .isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(jdbc.queryForList(
                        "select distinct legal_basis from unit_change where change_date = ?", String.class, CHANGE))
                .containsExactly("1678/NQ-UBTVQH15");
    }

    @Test
    @WithUserDetails("inspector")
    void the_seed_figures_stay_exact_in_the_historical_structure() {
        FigureReport online = figures.figures(NEW_YEAR, INSPECTION, null, Channel.ONLINE, Structure.HISTORICAL);
        FigureCounts district = online.group(UnitType.DISTRICT.name());
        assertThat(district.received()).isEqualTo(645);
        assertThat(district.onTime()).isEqualTo(645);
        FigureCounts communes = online.group(UnitType.COMMUNE.name());
        assertThat(communes.received()).isEqualTo(3_555);
        assertThat(communes.handled()).isEqualTo(3_555);
        assertThat(communes.onTime()).isEqualTo(3_161);
        assertThat(BigDecimal.valueOf(communes.onTime() * 100L)
                        .divide(BigDecimal.valueOf(communes.handled()), 1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("88.9");

        FigureCounts q1 = figures.figures(NEW_YEAR, Q1_END, null, null, Structure.HISTORICAL)
                .group(FigureReport.ALL);
        assertThat(q1.received()).isEqualTo(3_351);
        assertThat(q1.componentsDigitized()).isEqualTo(3_350);
        assertThat(q1.componentsFullyDigitized()).isEqualTo(3_343);
        assertThat(q1.completed()).isEqualTo(3_294);
        assertThat(q1.resultsDigitized()).isEqualTo(3_294);
    }

    @Test
    @WithUserDetails("inspector")
    void in_the_current_structure_the_2024_dossiers_count_for_the_six_communes_and_the_province() {
        FigureReport historical = figures.figures(NEW_YEAR, INSPECTION, null, Channel.ONLINE, Structure.HISTORICAL);
        FigureReport current = figures.figures(NEW_YEAR, INSPECTION, null, Channel.ONLINE, Structure.CURRENT);
        Map<String, UnitFigures> byCode =
                current.units().stream().collect(Collectors.toMap(UnitFigures::unitCode, u -> u));

        long six = NEW_COMMUNES.stream()
                .mapToLong(c -> byCode.get(c).counts().received())
                .sum();
        assertThat(six).isEqualTo(3_555);
        assertThat(NEW_COMMUNES)
                .allSatisfy(
                        c -> assertThat(byCode.get(c).counts().received()).as(c).isPositive());
        long sixOnTime = NEW_COMMUNES.stream()
                .mapToLong(c -> byCode.get(c).counts().onTime())
                .sum();
        assertThat(sixOnTime)
                .isEqualTo(historical.group(UnitType.COMMUNE.name()).onTime());
        assertThat(byCode.get("TINH-NGHEAN").counts().received()).isEqualTo(645);
        assertThat(byCode.get("XA-LUONGSON").predecessors()).contains("XA-BAISON", "XA-DONGSON");
        assertThat(current.group(FigureReport.ALL).received())
                .isEqualTo(historical.group(FigureReport.ALL).received());
    }

    @Test
    void the_demo_accounts_work_for_the_units_of_today() {
        var rows = jdbc.queryForList("""
                select u.username, u.role, un.code from app_user u left join unit un on un.id = u.unit_id
                where u.username in ('secretary','committee','inspector','head.noivu','head.baison','head.luongson')
                order by u.username""");
        assertThat(rows)
                .extracting(r -> r.get("username") + "/" + r.get("role") + "/" + r.get("code"))
                .containsExactly(
                        "committee/COMMITTEE/SO-NOIVU",
                        "head.baison/UNIT_HEAD/XA-LUONGSON",
                        "head.luongson/UNIT_HEAD/XA-LUONGSON",
                        "head.noivu/UNIT_HEAD/SO-NOIVU",
                        "inspector/INSPECTOR/null",
                        "secretary/SECRETARY/null");
    }

    @Test
    void every_active_unit_has_dossiers_and_monthly_signature_reports_since_july_2025_none_pending_for_long() {
        List<String> active = activeCodes("'PROVINCE','DEPARTMENT','COMMUNE','WARD'");
        Set<String> withDossiers = Set.copyOf(jdbc.queryForList(
                "select distinct u.code from dossier d join unit u on u.id = d.unit_id where d.received_on >= ?",
                String.class,
                CHANGE));
        assertThat(withDossiers).containsExactlyInAnyOrderElementsOf(active);
        // every month from July 2025 to February 2026, for every unit: 8 reports each
        Map<String, Long> months = jdbc
                .queryForList(
                        "select u.code, count(*) as n from signature_report s join unit u on u.id = s.unit_id"
                                + " where s.report_month >= ? group by u.code",
                        CHANGE)
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("code"), r -> ((Number) r.get("n")).longValue()));
        assertThat(months.keySet()).containsExactlyInAnyOrderElementsOf(active);
        assertThat(months.values()).containsOnly(8L);

        assertThat(jdbc.queryForObject(
                        "select count(*) from dossier where completed_on is null and received_on < ?",
                        Long.class,
                        TODAY.minus(DemoRecentActivity.PENDING_AT_MOST)))
                .as("pending for more than three weeks")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from dossier where completed_on is null", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from dossier where received_on >= ? or completed_on >= ?",
                        Long.class,
                        TODAY,
                        TODAY))
                .as("nothing of today or later")
                .isZero();
    }

    @Test
    void the_dossier_and_signature_rules_find_real_cases_among_the_units_of_today() {
        List<String> rules = jdbc.queryForList(
                "select distinct r.rule from reminder r join unit u on u.id = r.unit_id"
                        + " where u.active_to is null order by r.rule",
                String.class);
        assertThat(rules).contains("LATE_DOSSIERS", "LOW_SIGNATURE_USE", "LOW_DIGITISATION", "LOW_ONLINE_PAYMENT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder r join unit u on u.id = r.unit_id"
                                + " where u.code = 'XA-LUONGSON' and r.rule = 'LATE_DOSSIERS'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void the_fourth_quarter_of_2025_is_locked_by_the_secretary_and_nothing_else() {
        assertThat(jdbc.queryForList("select period_from, period_to, locked_by from period_lock"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("period_from").toString()).isEqualTo("2025-10-01");
                    assertThat(row.get("period_to").toString()).isEqualTo("2025-12-31");
                });
    }
}
