package org.parsteering.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.dossier.Channel;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/figures?from&to[&unit][&channel][&structure=current|historical]}: the exact counts of SPEC 3
 * for every unit of the period (zeros included) and per group; clients compute the rates. In the {@code
 * current} structure (the default, SPEC 2a) each unit row lists the codes of the closed units whose rows count
 * for it ({@code predecessors}); in the {@code historical} one the units active in the period are listed as they
 * were, and a closed unit carries its last day ({@code closedOn}).
 */
@RestController
@RequestMapping("/api")
class FiguresApiController {

    private final FigureService figures;

    FiguresApiController(FigureService figures) {
        this.figures = figures;
    }

    /**
     * The answer: the period, the channel when one was chosen, every unit's counts and each group's. The
     * counts are {@link FigureCounts}' components, in {@link org.parsteering.dossier.Count} order.
     */
    record FiguresBody(
            LocalDate from,
            LocalDate to,
            LocalDate end,
            @JsonInclude(JsonInclude.Include.NON_NULL) Channel channel,
            String structure,
            List<UnitBody> units,
            Map<String, FigureCounts> groups) {}

    /**
     * One unit: its code and type, then its counts (unwrapped beside them), then — in the current structure —
     * the codes it carries on, and its last day when it is closed.
     */
    record UnitBody(
            String unitCode,
            UnitType unitType,
            @JsonUnwrapped FigureCounts counts,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> predecessors,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate closedOn) {}

    @GetMapping("/figures")
    FiguresBody figures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String structure) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        Channel c = null;
        if (channel != null && !channel.isBlank()) {
            try {
                c = Channel.valueOf(channel.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("api.error.channel", channel);
            }
        }
        Structure st = Structure.parse(structure);
        FigureReport report = figures.figures(f, t, unit, c, st);
        return new FiguresBody(
                report.from(),
                report.to(),
                report.end(),
                report.channel(),
                report.structure().param(),
                report.units().stream()
                        .map(u -> new UnitBody(
                                u.unitCode(),
                                u.unitType(),
                                u.counts(),
                                report.structure() == Structure.CURRENT ? u.predecessors() : null,
                                u.activeTo()))
                        .toList(),
                report.groups());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("api.error.missingDate", name);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BusinessException("api.error.badDate", name, value);
        }
    }
}
