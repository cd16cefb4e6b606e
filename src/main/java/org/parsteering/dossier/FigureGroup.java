package org.parsteering.dossier;

import java.util.Set;
import org.parsteering.unit.UnitType;

/**
 * A group row of the figures as the deployment's level names it: the {@link FigureReport#groups()} key, the
 * translation key of its label, and the unit types whose units it sums (every type for {@link FigureReport#ALL}).
 */
public record FigureGroup(String key, String labelKey, Set<UnitType> types) {

    public FigureGroup {
        types = Set.copyOf(types);
    }

    /** Whether a unit of this type counts in the group. */
    public boolean includes(UnitType type) {
        return types.contains(type);
    }

    /**
     * The group a unit head's figures are compared with (their peers): the commune level for a commune, ward or
     * special zone, else their own type.
     */
    public static String peersOf(UnitType type) {
        return type.isCommuneLevel() ? FigureReport.COMMUNE_LEVEL : type.name();
    }
}
