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

/** SPEC 5a and 3a over real HTTP: the index sets, a round's scores, a unit head's own unit only, and bad requests. */
class IndexesApiTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private String tokenOf(String user) {
        return as(user, () -> tokens.create("index api " + unique("t"))).token();
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
    void the_sets_and_a_published_rounds_scores() throws Exception {
        String inspector = tokenOf("inspector");
        JsonNode sets = json.readTree(get("/api/indexes", inspector).body()).get("sets");
        assertThat(sets.findValuesAsString("code")).contains("QD766", "PARINDEX-2023", "PARINDEX-2024");

        HttpResponse<String> ok = get("/api/indexes/PARINDEX-2023/scores?year=2023", inspector);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(ok.body());
        assertThat(body.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(body.get("provisional").asBoolean()).isFalse();
        JsonNode first = body.get("units").get(0);
        assertThat(first.get("rank").asInt()).isPositive();
        assertThat(first.get("band").asString()).isNotBlank();
        assertThat(first.get("items").size()).isGreaterThan(50);
        assertThat(first.get("items").findValuesAsString("state")).contains("APPRAISED", "IMPORTED", "NOT_MEASURED");

        JsonNode one = json.readTree(get("/api/indexes/PARINDEX-2023/scores?year=2023&unit=XA-BAISON", inspector)
                .body());
        assertThat(one.get("units").size()).isEqualTo(1);
    }

    @Test
    void a_unit_head_gets_their_own_unit_and_bad_requests_are_told() throws Exception {
        String head = tokenOf("head.baison");
        JsonNode own = json.readTree(
                get("/api/indexes/PARINDEX-2024/scores?year=2024", head).body());
        assertThat(own.get("provisional").asBoolean()).isTrue();
        assertThat(own.get("units").size()).isEqualTo(1);
        assertThat(own.get("units").get(0).get("unitCode").asString()).isEqualTo("XA-BAISON");
        assertThat(own.get("units").get(0).get("rank").isNull()).isTrue();
        assertThat(get("/api/indexes/PARINDEX-2024/scores?year=2024&unit=XA-BACSON", head)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/indexes/PARINDEX-2024/scores", head).statusCode()).isEqualTo(400);
        assertThat(get("/api/indexes/NOPE/scores?year=2024", head).statusCode()).isEqualTo(400);
        assertThat(get("/api/indexes/QD766/scores?year=1999", head).statusCode())
                .isEqualTo(400);
    }
}
