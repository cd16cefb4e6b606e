package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.settings.DeploymentLevel;
import org.parsteering.unit.UnitType;

/** The group rows follow the deployment level; a kind of unit outside the level's groups shows only with units. */
class FigureGroupServiceTest {

    private static FigureReport report(UnitType... types) {
        List<UnitFigures> units = new java.util.ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            units.add(new UnitFigures("U" + i, "Unit " + i, types[i], FigureCounts.ZERO));
        }
        LocalDate d = LocalDate.of(2025, 7, 1);
        return new FigureReport(d, d, d, null, units, Map.of());
    }

    private static List<String> keys(DeploymentLevel level, FigureReport report) {
        return FigureGroupService.groups(level, report).stream()
                .map(FigureGroup::key)
                .toList();
    }

    @Test
    void a_province_shows_its_committee_departments_commune_level_and_the_whole_province() {
        var groups = FigureGroupService.groups(
                DeploymentLevel.PROVINCE, report(UnitType.PROVINCE, UnitType.DEPARTMENT, UnitType.WARD));
        assertThat(groups)
                .extracting(FigureGroup::key)
                .containsExactly("PROVINCE", "DEPARTMENT", "COMMUNE_LEVEL", "ALL");
        assertThat(groups)
                .extracting(FigureGroup::labelKey)
                .containsExactly(
                        "figures.group.PROVINCE.PROVINCE",
                        "figures.group.PROVINCE.DEPARTMENT",
                        "figures.group.PROVINCE.COMMUNE_LEVEL",
                        "figures.group.PROVINCE.ALL");
        FigureGroup communes = groups.get(2);
        assertThat(communes.includes(UnitType.COMMUNE)).isTrue();
        assertThat(communes.includes(UnitType.WARD)).isTrue();
        assertThat(communes.includes(UnitType.SPECIAL_ZONE)).isTrue();
        assertThat(communes.includes(UnitType.DISTRICT)).isFalse();
        assertThat(groups.getLast().types()).containsExactlyInAnyOrder(UnitType.values());
    }

    @Test
    void a_commune_shows_its_own_committee_its_offices_and_the_whole_commune() {
        var groups = FigureGroupService.groups(DeploymentLevel.COMMUNE, report(UnitType.COMMUNE, UnitType.DEPARTMENT));
        assertThat(groups).extracting(FigureGroup::key).containsExactly("COMMUNE_LEVEL", "DEPARTMENT", "ALL");
        assertThat(groups)
                .extracting(FigureGroup::labelKey)
                .containsExactly(
                        "figures.group.COMMUNE.COMMUNE_LEVEL",
                        "figures.group.COMMUNE.DEPARTMENT",
                        "figures.group.COMMUNE.ALL");
    }

    @Test
    void the_district_group_shows_only_when_the_report_has_district_units() {
        assertThat(keys(DeploymentLevel.PROVINCE, report(UnitType.COMMUNE))).doesNotContain("DISTRICT");
        assertThat(keys(DeploymentLevel.PROVINCE, report(UnitType.DISTRICT, UnitType.COMMUNE)))
                .containsExactly("PROVINCE", "DEPARTMENT", "COMMUNE_LEVEL", "DISTRICT", "ALL");
        assertThat(keys(DeploymentLevel.COMMUNE, report(UnitType.DISTRICT, UnitType.PROVINCE)))
                .containsExactly("COMMUNE_LEVEL", "DEPARTMENT", "PROVINCE", "DISTRICT", "ALL");
    }

    @Test
    void a_unit_heads_peers_are_the_commune_level_for_a_ward_and_their_type_otherwise() {
        assertThat(FigureGroup.peersOf(UnitType.WARD)).isEqualTo(FigureReport.COMMUNE_LEVEL);
        assertThat(FigureGroup.peersOf(UnitType.COMMUNE)).isEqualTo(FigureReport.COMMUNE_LEVEL);
        assertThat(FigureGroup.peersOf(UnitType.DEPARTMENT)).isEqualTo("DEPARTMENT");
    }
}
