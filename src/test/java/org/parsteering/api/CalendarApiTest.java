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

/** {@code GET /api/calendar?year=} over real HTTP (SPEC 5a): the year's days off and working weekend days. */
class CalendarApiTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_days_off_and_working_weekends_of_a_year() throws Exception {
        String token = as("head.baison", () -> tokens.create("calendar " + unique("t")))
                .token();
        HttpResponse<String> ok = get("/api/calendar?year=2026", token);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(ok.body());
        assertThat(body.get("year").asInt()).isEqualTo(2026);
        assertThat(body.get("daysOff").toString()).contains("2026-02-16", "2026-09-02");
        assertThat(body.get("workingWeekends").toString()).contains("2026-01-10");
        assertThat(get("/api/calendar", token).statusCode()).isEqualTo(400);
        assertThat(get("/api/calendar?year=26", token).statusCode()).isEqualTo(400);
    }
}
