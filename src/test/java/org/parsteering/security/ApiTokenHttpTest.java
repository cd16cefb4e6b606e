package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Role;
import org.parsteering.base.SystemAuthentication;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** SPEC 5a: personal bearer tokens on a stateless /api; 401 without a valid token. Real HTTP. */
class ApiTokenHttpTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ParUserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_valid_token_answers_who_it_acts_for() throws Exception {
        CreatedApiToken created = as("head.baison", () -> tokens.create("nightly import"));

        HttpResponse<String> response = get("/api/me", created.token());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("username").asString()).isEqualTo("head.baison");
        assertThat(body.get("role").asString()).isEqualTo("UNIT_HEAD");
        assertThat(body.get("unitCode").asString()).isEqualTo("XA-BAISON");
        // Stateless: no session cookie is handed out on the API.
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        // The token is used, and its use is recorded.
        assertThat(as("head.baison", () -> tokens.myTokens()).stream()
                        .filter(t -> t.id() == created.summary().id())
                        .findFirst()
                        .orElseThrow()
                        .lastUsedAt())
                .isNotNull();
    }

    @Test
    void no_token_or_an_unknown_token_gets_401() throws Exception {
        assertThat(get("/api/me", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/me", "par_not-a-real-token").statusCode()).isEqualTo(401);
        assertThat(get("/api/me", "garbage").statusCode()).isEqualTo(401);
    }

    @Test
    void a_revoked_token_gets_401() throws Exception {
        CreatedApiToken created = as("committee", () -> tokens.create("to revoke"));
        assertThat(get("/api/me", created.token()).statusCode()).isEqualTo(200);

        as("committee", () -> {
            tokens.revoke(created.summary().id());
            return null;
        });

        assertThat(get("/api/me", created.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void tokens_are_stored_only_as_a_hash() {
        CreatedApiToken created = as("inspector", () -> tokens.create("hash check"));
        String stored = jdbc.queryForObject(
                "select token_hash from api_token where id = ?",
                String.class,
                created.summary().id());
        assertThat(stored)
                .hasSize(64)
                .isEqualTo(ApiTokenService.hash(created.token()))
                .isNotEqualTo(created.token());
        Integer plain = jdbc.queryForObject(
                "select count(*) from api_token where token_hash = ? or token_prefix = ?",
                Integer.class,
                created.token(),
                created.token());
        assertThat(plain).isZero();
    }

    @Test
    void a_user_cannot_revoke_another_users_token() {
        CreatedApiToken created = as("committee", () -> tokens.create("not yours"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("inspector", () -> {
                    tokens.revoke(created.summary().id());
                    return null;
                }))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_locked_account_s_token_stops_working() throws Exception {
        // The demo inspector's token works until the account is locked.
        CreatedApiToken created = as("inspector", () -> tokens.create("lock check"));
        assertThat(get("/api/me", created.token()).statusCode()).isEqualTo(200);
        jdbc.update("update app_user set locked = true where username = 'inspector'");
        try {
            assertThat(get("/api/me", created.token()).statusCode()).isEqualTo(401);
        } finally {
            jdbc.update("update app_user set locked = false where username = 'inspector'");
        }
    }

    @Autowired
    UserAdminService userAdmin;

    private long newAccount(String username, Role role, String unitCode) {
        UserDraft d = new UserDraft();
        d.setUsername(username);
        d.setDisplayName("Token Owner");
        d.setRole(role);
        d.setUnitCode(unitCode);
        return SystemAuthentication.call(() -> userAdmin.create(d, "Token-Owner-2024"))
                .id();
    }

    private UserSummary summary(String username) {
        return SystemAuthentication.call(() -> userAdmin
                .search(username, null, org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent()
                .getFirst());
    }

    @Test
    void the_token_of_an_account_the_secretary_locks_or_deletes_stops_working() throws Exception {
        String locked = unique("tok.lock");
        long lockedId = newAccount(locked, Role.COMMITTEE, null);
        CreatedApiToken lockedToken = as(locked, () -> tokens.create("locked"));
        String deleted = unique("tok.del");
        long deletedId = newAccount(deleted, Role.COMMITTEE, null);
        CreatedApiToken deletedToken = as(deleted, () -> tokens.create("deleted"));
        assertThat(get("/api/me", lockedToken.token()).statusCode()).isEqualTo(200);
        assertThat(get("/api/me", deletedToken.token()).statusCode()).isEqualTo(200);

        SystemAuthentication.run(() -> userAdmin.lock(lockedId));
        SystemAuthentication.run(() -> userAdmin.delete(deletedId));

        assertThat(get("/api/me", lockedToken.token()).statusCode()).isEqualTo(401);
        assertThat(get("/api/me", deletedToken.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void the_token_of_a_demoted_account_acts_with_the_new_role() throws Exception {
        String username = unique("tok.demote");
        newAccount(username, Role.UNIT_HEAD, "XA-BAISON");
        CreatedApiToken created = as(username, () -> tokens.create("demoted"));
        assertThat(json.readTree(get("/api/me", created.token()).body())
                        .get("role")
                        .asString())
                .isEqualTo("UNIT_HEAD");

        UserDraft d = UserDraft.edit(summary(username));
        d.setRole(Role.INSPECTOR);
        d.setUnitCode(null);
        SystemAuthentication.run(() -> userAdmin.update(d));

        JsonNode body = json.readTree(get("/api/me", created.token()).body());
        assertThat(body.get("role").asString()).isEqualTo("INSPECTOR");
        assertThat(body.path("unitCode").isNull() || body.path("unitCode").isMissingNode())
                .isTrue();
    }

    @Test
    void health_is_public_and_other_actuator_endpoints_are_not() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/env", null).statusCode()).isNotEqualTo(200);
    }
}
