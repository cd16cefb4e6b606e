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

/** {@code GET /api/reminders} over real HTTP: what the caller may see, by state; 400, 401. */
class RemindersApiTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tokenOf(String user) {
        return as(user, () -> tokens.create("reminders api " + unique("t"))).token();
    }

    @Test
    void the_committee_sees_every_units_reminders_and_a_unit_head_only_their_own() throws Exception {
        HttpResponse<String> all = get("/api/reminders", tokenOf("committee"));
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(all.body()).get("reminders");
        assertThat(list.size()).isGreaterThan(0);
        JsonNode first = list.get(0);
        assertThat(first.get("state").asText()).isEqualTo("ESCALATED");
        assertThat(first.has("rule") && first.has("unitCode") && first.has("text") && first.has("raisedAt"))
                .isTrue();
        java.util.Set<String> units = new java.util.HashSet<>();
        list.forEach(r -> units.add(r.get("unitCode").asText()));
        assertThat(units.size()).isGreaterThan(1);

        JsonNode own = json.readTree(
                        get("/api/reminders", tokenOf("head.baison")).body())
                .get("reminders");
        assertThat(own.size()).isGreaterThan(0);
        own.forEach(r -> assertThat(r.get("unitCode").asText()).isEqualTo("XA-BAISON"));

        JsonNode acknowledged = json.readTree(get("/api/reminders?state=ACKNOWLEDGED", tokenOf("head.baison"))
                        .body())
                .get("reminders");
        assertThat(acknowledged.size()).isEqualTo(2);
        acknowledged.forEach(r -> assertThat(r.get("state").asText()).isEqualTo("ACKNOWLEDGED"));
    }

    @Test
    void a_bad_state_is_400_and_no_token_is_401() throws Exception {
        HttpResponse<String> bad = get("/api/reminders?state=SNOOZED", tokenOf("inspector"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("message").asText()).contains("SNOOZED");
        assertThat(get("/api/reminders", null).statusCode()).isEqualTo(401);
    }
}
