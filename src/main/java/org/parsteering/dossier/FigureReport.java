package org.parsteering.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parsteering.unit.Structure;

/**
 * The figures of every unit of the period (zeros included) and of the groups: one per unit type, {@value
 * #COMMUNE_LEVEL} (communes, wards and special zones) and {@value #ALL}. {@code end} is the earlier of {@code
 * to} and today (SPEC 3); {@code channel} null = all. In the {@link Structure#CURRENT current} structure the
 * units are those that carry on the units active in the period; in the {@link Structure#HISTORICAL historical}
 * one, the units active in the period themselves.
 */
public record FigureReport(
        LocalDate from,
        LocalDate to,
        LocalDate end,
        Channel channel,
        List<UnitFigures> units,
        Map<String, FigureCounts> groups,
        Structure structure) {

    /** The group of communes, wards and special zones. */
    public static final String COMMUNE_LEVEL = "COMMUNE_LEVEL";

    /** The group of every unit. */
    public static final String ALL = "ALL";

    public FigureReport(
            LocalDate from,
            LocalDate to,
            LocalDate end,
            Channel channel,
            List<UnitFigures> units,
            Map<String, FigureCounts> groups) {
        this(from, to, end, channel, units, groups, Structure.CURRENT);
    }

    /** A group's counts, zero when no unit of it is in the report. */
    public FigureCounts group(String key) {
        return groups.getOrDefault(key, FigureCounts.ZERO);
    }
}
