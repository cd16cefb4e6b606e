package org.parsteering.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of every unit active in the period (zeros included) and of the groups DISTRICT, DEPARTMENT,
 * COMMUNE and ALL. {@code end} is the earlier of {@code to} and today (SPEC 3); {@code channel} null = all.
 */
public record FigureReport(
        LocalDate from,
        LocalDate to,
        LocalDate end,
        Channel channel,
        List<UnitFigures> units,
        Map<String, FigureCounts> groups) {}
