package org.parsteering.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.parsteering.security.ApiTokenService;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** SPEC 5a over real HTTP: imports (200 / 422 / 403 / 401) and figures (200 / 400). */
class AutomationApiTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheApiImported() {
        // The API commits (it is real HTTP); keep the shared demo catalogue exactly as the seed article has it.
        jdbc.update("delete from admin_procedure where code like 'API-P%'");
        jdbc.update("delete from unit_change where successor_id in (select id from unit where code like 'XA-APIU%')");
        jdbc.update("delete from unit where code like 'XA-APIU%'");
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private String tokenOf(String user) {
        return as(user, () -> tokens.create("api test " + unique("t"))).token();
    }

    private HttpResponse<String> post(String path, String token, String csv) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_import_answers_its_counts_or_every_bad_row_and_checks_the_role() throws Exception {
        String committee = tokenOf("committee");
        String code = unique("API-P").toUpperCase();
        String csv =
                "procedure_code,name,level,online_level,fee_required\n" + code + ",Thủ tục qua API,COMMUNE,PARTIAL,N\n";

        HttpResponse<String> ok = post("/api/imports/procedures", committee, csv);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("created").asInt()).isEqualTo(1);
        assertThat(json.readTree(post("/api/imports/procedures", committee, csv).body())
                        .get("unchanged")
                        .asInt())
                .isEqualTo(1);

        HttpResponse<String> bad = post(
                "/api/imports/procedures",
                committee,
                "procedure_code,name,level,online_level,fee_required\nX1,Sai,PROVINCE,FULL,N\nX2,Sai,COMMUNE,FULL,maybe\n");
        assertThat(bad.statusCode()).isEqualTo(422);
        JsonNode errors = json.readTree(bad.body()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("level");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("message").asString()).contains("Y or N");

        assertThat(post("/api/imports/dossiers", tokenOf("head.baison"), "x").statusCode())
                .isEqualTo(403);
        assertThat(post("/api/imports/units", tokenOf("inspector"), "x").statusCode())
                .isEqualTo(403);
        assertThat(post("/api/imports/procedures", null, csv).statusCode()).isEqualTo(401);
    }

    @Test
    void figures_answer_every_unit_and_the_groups_and_refuse_bad_parameters() throws Exception {
        String inspector = tokenOf("inspector");
        HttpResponse<String> ok = get("/api/figures?from=2024-01-01&to=2024-03-31", inspector);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(ok.body());
        assertThat(body.get("end").asString()).isEqualTo("2024-03-31");
        assertThat(body.get("units").size()).isGreaterThanOrEqualTo(45);
        assertThat(body.get("groups").has("DISTRICT")).isTrue();
        assertThat(body.get("groups").has("ALL")).isTrue();
        assertThat(body.get("units").get(0).has("documentsSigned")).isTrue();

        HttpResponse<String> one =
                get("/api/figures?from=2024-01-01&to=2024-03-31&unit=XA-BAISON&channel=ONLINE", inspector);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json.readTree(one.body()).get("units").size()).isEqualTo(1);

        assertThat(get("/api/figures?to=2024-03-31", inspector).statusCode()).isEqualTo(400);
        assertThat(get("/api/figures?from=2024-13-01&to=2024-03-31", inspector).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/figures?from=2024-04-01&to=2024-03-31", inspector).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/figures?from=2024-01-01&to=2024-03-31&unit=XA-NOWHERE", inspector)
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/figures?from=2024-01-01&to=2024-03-31&channel=FAX", inspector)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> absurd = get("/api/figures?from=0001-01-01&to=9999-12-31", inspector);
        assertThat(absurd.statusCode()).isEqualTo(400);
        assertThat(json.readTree(absurd.body()).get("message").asText())
                .isEqualTo("The period must lie within the years 2000 to 2100.");
    }

    /** {@code POST /api/imports/unit-changes} (SPEC 2a): the secretary's only, 200 with the counts or 422 with every bad row. */
    @Test
    void the_unit_change_import_answers_its_counts_or_every_bad_row_and_is_the_secretarys_only() throws Exception {
        String header = "change_date,kind,predecessors,successor_code,successor_name,successor_type,legal_basis\n";
        HttpResponse<String> denied = post("/api/imports/unit-changes", tokenOf("committee"), header);
        assertThat(denied.statusCode()).isEqualTo(403);

        String secretary = tokenOf("secretary");
        // a renaming of a unit of the test's own (removed after it: the API commits)
        String unit = unique("XA-APIU").toUpperCase(java.util.Locale.ROOT);
        assertThat(post("/api/imports/units", secretary, "unit_code,name,type\n" + unit + ",Xã API,COMMUNE\n")
                        .statusCode())
                .isEqualTo(200);
        String rename = header + "2024-05-01,RENAME,," + unit + ",Xã API Mới,,1678/NQ-UBTVQH15\n";
        HttpResponse<String> ok = post("/api/imports/unit-changes", secretary, rename);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"created\":1,\"updated\":0,\"unchanged\":0}");
        assertThat(post("/api/imports/unit-changes", secretary, rename).body())
                .isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":1}");

        HttpResponse<String> bad = post(
                "/api/imports/unit-changes",
                secretary,
                header + "2024-05-01,MERGE,XA-BAISON,XA-NEWAPI,Xã Mới,COMMUNE,1678/NQ-UBTVQH15\n"
                        + "2099-01-01,MERGE,XA-BACSON;XA-NAMSON,XA-NEWAPI2,Xã Mới,COMMUNE,1678/NQ-UBTVQH15\n");
        assertThat(bad.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(bad.body());
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(body.get("errors").get(0).get("column").asText()).isEqualTo("predecessors");
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo("A merger needs at least two units.");
        assertThat(body.get("errors").get(1).get("column").asText()).isEqualTo("change_date");
    }

    /**
     * The exact JSON of one unit of the seed quarter, field names and order included: what API clients parse.
     * A unit no other test writes dossiers or signatures for, so the numbers are the demo data's.
     */
    @Test
    void the_figures_of_one_unit_keep_their_exact_json() throws Exception {
        String inspector = tokenOf("inspector");
        HttpResponse<String> one =
                get("/api/figures?from=2024-01-01&to=2024-03-31&unit=XA-QUANGSON&channel=online", inspector);
        assertThat(one.statusCode()).isEqualTo(200);
        String zero = "{\"received\":0,\"completed\":0,\"pendingAtEnd\":0,\"handled\":0,\"onTime\":0,\"late\":0,"
                + "\"online\":0,\"componentsDigitized\":0,\"componentsFullyDigitized\":0,\"resultsDigitized\":0,"
                + "\"resultsSigned\":0,\"feeRequired\":0,\"paidOnline\":0,\"documentsIssued\":0,\"documentsSigned\":0}";
        String counts = "\"received\":52,\"completed\":52,\"pendingAtEnd\":0,\"handled\":52,\"onTime\":49,\"late\":3,"
                + "\"online\":52,\"componentsDigitized\":52,\"componentsFullyDigitized\":52,\"resultsDigitized\":52,"
                + "\"resultsSigned\":48,\"feeRequired\":15,\"paidOnline\":4,\"documentsIssued\":305,"
                + "\"documentsSigned\":239";
        assertThat(one.body())
                .isEqualTo(
                        "{\"from\":\"2024-01-01\",\"to\":\"2024-03-31\",\"end\":\"2024-03-31\",\"channel\":\"ONLINE\","
                                + "\"structure\":\"current\","
                                + "\"units\":[{\"unitCode\":\"XA-QUANGSON\",\"unitType\":\"COMMUNE\"," + counts
                                + ",\"predecessors\":[]}],"
                                + "\"groups\":{\"PROVINCE\":" + zero + ",\"DISTRICT\":" + zero + ",\"DEPARTMENT\":"
                                + zero
                                + ",\"COMMUNE\":{" + counts + "},\"WARD\":" + zero + ",\"SPECIAL_ZONE\":" + zero
                                + ",\"COMMUNE_LEVEL\":{" + counts + "},\"ALL\":{" + counts + "}}}");
    }
}
