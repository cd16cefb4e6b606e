package org.parsteering.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.Count;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitChangeKind;
import org.parsteering.unit.UnitChangeRequest;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/figures} and {@code GET /api/reminders} in both structures (SPEC 2a, 5a) on a merger the test
 * records itself: Bài Sơn and Đông Sơn merge into a new commune on 1 July 2025, and the seed quarter (Q1 2024) is
 * read back. The calls go through the application's own MVC stack in the test's transaction (rolled back), the
 * caller signed in by {@code @WithUserDetails}; the token filter is {@link AutomationApiTest}'s subject.
 */
@Transactional
@WithUserDetails("secretary")
class StructureApiTest extends IntegrationTest {

    static final String A = "XA-BAISON";
    static final String B = "XA-DONGSON";
    static final String Q1 = "from=2024-01-01&to=2024-03-31";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UnitChangeService changes;

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc mvc;
    private String successor;

    @BeforeEach
    void mergeBaiSonAndDongSon() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
        successor = unique("XA-LS").toUpperCase(Locale.ROOT);
        changes.record(new UnitChangeRequest(
                LocalDate.of(2025, 7, 1),
                UnitChangeKind.MERGE,
                List.of(A, B),
                successor,
                "Xã Lương Sơn (thử)",
                UnitType.COMMUNE,
                "1678/NQ-UBTVQH15"));
    }

    private MvcResult call(String path) throws Exception {
        return mvc.perform(get(path)).andReturn();
    }

    private JsonNode body(String path) throws Exception {
        MvcResult r = call(path);
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Map<String, JsonNode> byCode(JsonNode units) {
        Map<String, JsonNode> map = new HashMap<>();
        units.forEach(u -> map.put(u.get("unitCode").asText(), u));
        return map;
    }

    @Test
    void the_successors_current_figures_are_the_sum_of_its_predecessors_historical_ones() throws Exception {
        JsonNode current = body("/api/figures?" + Q1 + "&unit=" + successor);
        JsonNode historical = body("/api/figures?" + Q1 + "&structure=historical");
        assertThat(current.get("structure").asText()).isEqualTo("current");
        assertThat(historical.get("structure").asText()).isEqualTo("historical");

        JsonNode s = current.get("units").get(0);
        assertThat(current.get("units")).hasSize(1);
        assertThat(s.get("unitCode").asText()).isEqualTo(successor);
        assertThat(s.get("predecessors")).extracting(JsonNode::asText).containsExactly(A, B);
        Map<String, JsonNode> old = byCode(historical.get("units"));
        List<String> checked = new ArrayList<>();
        for (Count c : Count.values()) {
            String f = c.field();
            assertThat(s.has(f)).as(f).isTrue();
            assertThat(s.get(f).asLong())
                    .as(f)
                    .isEqualTo(old.get(A).get(f).asLong() + old.get(B).get(f).asLong());
            checked.add(f);
        }
        assertThat(s.get("received").asLong()).isPositive();
        assertThat(checked).hasSize(Count.values().length);
    }

    @Test
    void the_historical_structure_lists_the_closed_units_with_their_last_day_and_not_the_new_one() throws Exception {
        JsonNode historical = body("/api/figures?" + Q1 + "&structure=historical");
        Map<String, JsonNode> units = byCode(historical.get("units"));
        assertThat(units.get(A).get("closedOn").asText()).isEqualTo("2025-06-30");
        assertThat(units.get(B).get("closedOn").asText()).isEqualTo("2025-06-30");
        assertThat(units).doesNotContainKey(successor);
        // a unit that carries on has no closedOn; the historical structure lists no predecessors
        assertThat(units.get("XA-BACSON").has("closedOn")).isFalse();
        historical.get("units").forEach(u -> assertThat(u.has("predecessors")).isFalse());
        assertThat(historical.get("groups").propertyNames())
                .containsExactly(
                        "PROVINCE",
                        "DISTRICT",
                        "DEPARTMENT",
                        "COMMUNE",
                        "WARD",
                        "SPECIAL_ZONE",
                        "COMMUNE_LEVEL",
                        "ALL");
    }

    @Test
    void the_current_structure_reports_the_successor_in_place_of_the_closed_units() throws Exception {
        JsonNode current = body("/api/figures?" + Q1);
        Map<String, JsonNode> units = byCode(current.get("units"));
        assertThat(units).containsKey(successor).doesNotContainKeys(A, B);
        assertThat(units.get(successor).get("predecessors"))
                .extracting(JsonNode::asText)
                .containsExactly(A, B);
        assertThat(units.get("XA-BACSON").get("predecessors")).isEmpty();
        assertThat(units.get(successor).has("closedOn")).isFalse();
        // the groups are the same in both structures: every row counts once
        JsonNode historical = body("/api/figures?" + Q1 + "&structure=historical");
        assertThat(current.get("groups").get("ALL"))
                .isEqualTo(historical.get("groups").get("ALL"));

        // a closed unit asked for by code is answered as the unit that carries it on
        JsonNode asked = body("/api/figures?" + Q1 + "&unit=" + A);
        assertThat(asked.get("units").get(0).get("unitCode").asText()).isEqualTo(successor);
    }

    @Test
    void an_unknown_structure_is_a_bad_request_with_a_message() throws Exception {
        for (String path :
                List.of("/api/figures?" + Q1 + "&structure=yesterday", "/api/reminders?structure=yesterday")) {
            MvcResult r = call(path);
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .as(path)
                    .contains("bad_request")
                    .contains("Unknown structure \\\"yesterday\\\": use current or historical.");
        }
    }

    @Test
    void in_the_current_structure_a_closed_units_reminders_name_the_unit_that_carries_it_on() throws Exception {
        List<JsonNode> ofA = new ArrayList<>();
        List<JsonNode> ofOthers = new ArrayList<>();
        List<JsonNode> historicalOfA = new ArrayList<>();
        for (String state : List.of("OPEN", "ACKNOWLEDGED", "ESCALATED", "RESOLVED")) {
            JsonNode current = body("/api/reminders?state=" + state);
            assertThat(current.get("structure").asText()).isEqualTo("current");
            current.get("reminders").forEach(r -> (r.get("unitCode").asText().equals(A) ? ofA : ofOthers).add(r));
            JsonNode historical = body("/api/reminders?state=" + state + "&structure=historical");
            assertThat(historical.get("structure").asText()).isEqualTo("historical");
            historical.get("reminders").forEach(r -> {
                assertThat(r.has("currentUnitCode")).isFalse();
                if (r.get("unitCode").asText().equals(A)) {
                    historicalOfA.add(r);
                }
            });
        }
        assertThat(ofA).as("the demo's reminders of Bài Sơn").isNotEmpty();
        assertThat(historicalOfA).hasSameSizeAs(ofA);
        ofA.forEach(r -> assertThat(r.get("currentUnitCode").asText()).isEqualTo(successor));
        ofOthers.forEach(r -> assertThat(r.get("currentUnitCode").asText())
                .isEqualTo(
                        r.get("unitCode").asText().equals(B)
                                ? successor
                                : r.get("unitCode").asText()));
    }
}
