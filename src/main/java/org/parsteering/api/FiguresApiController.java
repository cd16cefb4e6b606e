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
import org.parsteering.unit.UnitType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/figures?from&to[&unit][&channel]}: the exact counts of SPEC 3 for every unit active in
 * the period (zeros included) and per group; clients compute the rates.
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
            List<UnitBody> units,
            Map<String, FigureCounts> groups) {}

    /** One unit: its code and type, then its counts (unwrapped beside them). */
    record UnitBody(
            String unitCode,
            UnitType unitType,
            @JsonUnwrapped FigureCounts counts) {}

    @GetMapping("/figures")
    FiguresBody figures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String channel) {
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
        FigureReport report = figures.figures(f, t, unit, c);
        return new FiguresBody(
                report.from(),
                report.to(),
                report.end(),
                report.channel(),
                report.units().stream()
                        .map(u -> new UnitBody(u.unitCode(), u.unitType(), u.counts()))
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
