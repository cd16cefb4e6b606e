package org.parsteering.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.dossier.Channel;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.dossier.UnitFigures;
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

    @GetMapping("/figures")
    Map<String, Object> figures(
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", report.from().toString());
        body.put("to", report.to().toString());
        body.put("end", report.end().toString());
        if (report.channel() != null) {
            body.put("channel", report.channel().name());
        }
        body.put(
                "units", report.units().stream().map(FiguresApiController::unit).toList());
        Map<String, Object> groups = new LinkedHashMap<>();
        report.groups().forEach((k, v) -> groups.put(k, counts(v)));
        body.put("groups", groups);
        return body;
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

    private static Map<String, Object> unit(UnitFigures u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitCode", u.unitCode());
        m.put("unitType", u.unitType().name());
        m.putAll(counts(u.counts()));
        return m;
    }

    static Map<String, Object> counts(FigureCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("received", c.received());
        m.put("completed", c.completed());
        m.put("pendingAtEnd", c.pendingAtEnd());
        m.put("handled", c.handled());
        m.put("onTime", c.onTime());
        m.put("late", c.late());
        m.put("online", c.online());
        m.put("componentsDigitized", c.componentsDigitized());
        m.put("componentsFullyDigitized", c.componentsFullyDigitized());
        m.put("resultsDigitized", c.resultsDigitized());
        m.put("resultsSigned", c.resultsSigned());
        m.put("feeRequired", c.feeRequired());
        m.put("paidOnline", c.paidOnline());
        m.put("documentsIssued", c.documentsIssued());
        m.put("documentsSigned", c.documentsSigned());
        return m;
    }
}
