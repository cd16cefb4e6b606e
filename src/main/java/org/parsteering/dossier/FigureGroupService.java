package org.parsteering.dossier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parsteering.base.Roles;
import org.parsteering.settings.DeploymentLevel;
import org.parsteering.settings.SettingsService;
import org.parsteering.unit.UnitType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which group rows a figure screen, dashboard or report shows, and what they are called, by the deployment's
 * level (SPEC 2a). A province: its People's Committee, "Sở, ban, ngành", "Xã, phường, đặc khu" and the whole
 * province. A commune: its own People's Committee (the commune-level unit), "Phòng chuyên môn" and the whole
 * commune. A kind of unit outside these (the district office of the history; a province office in a commune's
 * portal) gets its own row only when the report has units of it.
 */
@Service
@Transactional(readOnly = true)
public class FigureGroupService {

    private static final Set<UnitType> COMMUNE_TYPES =
            EnumSet.of(UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE);

    private final SettingsService settings;

    FigureGroupService(SettingsService settings) {
        this.settings = settings;
    }

    /** The group rows of a report, in the order they are shown, the whole locality last. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<FigureGroup> groups(FigureReport report) {
        return groups(settings.level(), report);
    }

    /** The group rows of a level for a report: the level's own, then any other kind the report has units of. */
    static List<FigureGroup> groups(DeploymentLevel level, FigureReport report) {
        String prefix = "figures.group." + level.name() + ".";
        List<FigureGroup> list = new ArrayList<>();
        Set<UnitType> covered = EnumSet.copyOf(COMMUNE_TYPES);
        covered.add(UnitType.DEPARTMENT);
        FigureGroup communes =
                new FigureGroup(FigureReport.COMMUNE_LEVEL, prefix + FigureReport.COMMUNE_LEVEL, COMMUNE_TYPES);
        FigureGroup departments = new FigureGroup(
                UnitType.DEPARTMENT.name(), prefix + UnitType.DEPARTMENT.name(), Set.of(UnitType.DEPARTMENT));
        if (level == DeploymentLevel.PROVINCE) {
            list.add(new FigureGroup(
                    UnitType.PROVINCE.name(), prefix + UnitType.PROVINCE.name(), Set.of(UnitType.PROVINCE)));
            covered.add(UnitType.PROVINCE);
            list.add(departments);
            list.add(communes);
        } else {
            list.add(communes);
            list.add(departments);
        }
        for (UnitType type : UnitType.values()) {
            if (!covered.contains(type) && report.units().stream().anyMatch(u -> u.unitType() == type)) {
                list.add(new FigureGroup(type.name(), prefix + type.name(), Set.of(type)));
            }
        }
        list.add(new FigureGroup(FigureReport.ALL, prefix + FigureReport.ALL, EnumSet.allOf(UnitType.class)));
        return List.copyOf(list);
    }

    /** The units a level ranks in its league table: the communes of a province, the offices of a commune. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public Set<UnitType> leagueTypes() {
        return settings.level() == DeploymentLevel.PROVINCE ? COMMUNE_TYPES : Set.of(UnitType.DEPARTMENT);
    }

    /** The deployment's level, for labels that follow it. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public DeploymentLevel level() {
        return settings.level();
    }
}
