package org.parsteering.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.IndexSetSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/indexes} (SPEC 5a): the index sets — code, family, names, year, legal basis, the unit types
 * assessed, the maximum and the bands — newest year first, for every signed-in caller.
 */
@RestController
@RequestMapping("/api")
class IndexesApiController {

    private final IndexSetService sets;

    IndexesApiController(IndexSetService sets) {
        this.sets = sets;
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
