package org.parsteering.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.IndexResultService;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.IndexSetSummary;
import org.parsteering.index.RoundResults;
import org.parsteering.index.RoundState;
import org.parsteering.index.RoundSummary;
import org.parsteering.index.ScoreLine;
import org.parsteering.index.UnitResult;
import org.parsteering.index.UnitSheet;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/indexes} (SPEC 5a): the index sets — code, family, names, year, legal basis, the unit types
 * assessed, the maximum and the bands — newest year first, for every signed-in caller. {@code GET
 * /api/indexes/{set}/scores?year=yyyy[&unit=CODE]} (SPEC 3a): the round's units with total, percent, band, rank, and
 * each item's code, method, maximum, self, appraised and final points and stage. A unit head gets their own unit only
 * (rank and band once the round is published); an unpublished round is marked provisional.
 */
@RestController
@RequestMapping("/api")
class IndexesApiController {

    private final IndexSetService sets;
    private final AssessmentService rounds;
    private final IndexResultService results;
    private final CurrentUser currentUser;

    IndexesApiController(
            IndexSetService sets, AssessmentService rounds, IndexResultService results, CurrentUser currentUser) {
        this.sets = sets;
        this.rounds = rounds;
        this.results = results;
        this.currentUser = currentUser;
    }

    @GetMapping("/indexes/{set}/scores")
    Map<String, Object> scores(
            @PathVariable("set") String setCode,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String unit) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            throw new BusinessException("api.error.year", year == null ? "" : year);
        }
        String code = setCode.strip().toUpperCase(Locale.ROOT);
        sets.set(code).orElseThrow(() -> new BusinessException("index.error.setNotFound", code));
        RoundSummary round = rounds.round(code, Integer.parseInt(year.strip()))
                .orElseThrow(() -> new BusinessException("index.scores.error.noRound", code, year.strip()));
        ParUser user = currentUser.require();
        String only = unit == null || unit.isBlank() ? null : unit.strip().toUpperCase(Locale.ROOT);
        if (user.role() == Role.UNIT_HEAD && only == null) {
            only = user.unitCode();
        }
        List<UnitSheet> sheets = only == null ? rounds.sheets(round.id()) : List.of(rounds.sheet(round.id(), only));
        Map<String, UnitResult> ranked = Map.of();
        if (round.state() == RoundState.PUBLISHED || user.role() != Role.UNIT_HEAD) {
            RoundResults r = results.results(round.id());
            ranked = r.units().stream().collect(Collectors.toMap(UnitResult::unitCode, Function.identity()));
        }
        List<Map<String, Object>> units = new ArrayList<>();
        for (UnitSheet sheet : sheets) {
            Optional<UnitResult> res = Optional.ofNullable(ranked.get(sheet.unitCode()));
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("unitCode", sheet.unitCode());
            u.put("unitName", sheet.unitName());
            u.put("submitted", sheet.submitted());
            u.put("total", sheet.total());
            u.put("percent", res.map(UnitResult::percent).orElse(null));
            u.put(
                    "band",
                    res.map(r -> r.band() == null ? null : r.band().nameEn()).orElse(null));
            u.put("rank", res.map(UnitResult::rank).orElse(null));
            u.put(
                    "items",
                    sheet.lines().stream().map(IndexesApiController::line).toList());
            units.add(u);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("set", code);
        body.put("year", round.year());
        body.put("state", round.state().name());
        body.put("provisional", round.state() != RoundState.PUBLISHED);
        body.put("units", units);
        return body;
    }

    static Map<String, Object> line(ScoreLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", l.item().code());
        m.put("method", l.item().method().name());
        m.put("max", l.item().maxPoints());
        m.put("self", l.selfPoints());
        m.put("appraised", l.appraisedPoints());
        m.put("final", l.points());
        m.put("state", l.stage().name());
        return m;
    }

    @GetMapping("/indexes")
    Map<String, Object> indexes() {
        List<Map<String, Object>> list =
                sets.sets().stream().map(IndexesApiController::set).toList();
        return Map.of("sets", list);
    }

    static Map<String, Object> set(IndexSetSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code());
        m.put("family", s.family());
        m.put("nameVi", s.nameVi());
        m.put("nameEn", s.nameEn());
        m.put("year", s.year());
        m.put("legalBasis", s.legalBasis());
        m.put("unitTypes", new TreeSet<>(s.unitTypes().stream().map(Enum::name).toList()));
        m.put("maxPoints", s.maxPoints());
        m.put(
                "bands",
                s.bands().stream()
                        .map(b -> Map.of("nameVi", b.nameVi(), "nameEn", b.nameEn(), "lowerPercent", b.lowerPercent()))
                        .toList());
        return m;
    }
}
