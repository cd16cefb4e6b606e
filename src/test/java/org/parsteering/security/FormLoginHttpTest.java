package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parsteering.support.HttpTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in as a browser does it, over real HTTP: CSRF-protected form login that changes the session id. */
class FormLoginHttpTest extends HttpTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    UserAdminService userAdmin;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String base() {
        return "http://localhost:" + port;
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> postLogin(String username, String password, boolean withCsrf) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher param =
                Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find())
                .as("the login page carries Spring's CSRF token")
                .isTrue();
        assertThat(param.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (withCsrf
                        ? "&" + param.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                        : "");
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signing_in_changes_the_session_id() throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String before = sessionId();
        assertThat(before).isNotNull();

        HttpResponse<String> response = postLogin("committee", "Demo@2024", true);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);

        // Signed in, a mistyped address reaches the router (and its not-found page), not a bare 403.
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/no-such-page"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isNotEqualTo(403);
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_an_error() throws Exception {
        HttpResponse<String> response = postLogin("committee", "not-the-password", true);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    @Test
    void five_wrong_passwords_through_the_login_form_lock_the_account() throws Exception {
        // A fresh account, so no other test's sign-ins interfere.
        String username = unique("formlock");
        org.parsteering.base.SystemAuthentication.run(() -> {
            UserDraft d = new UserDraft();
            d.setUsername(username);
            d.setDisplayName("Form Lock");
            d.setRole(org.parsteering.base.Role.INSPECTOR);
            userAdmin.create(d, "Right-Password-2024");
        });
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin(username, "wrong-" + i, true)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .contains("/login?error");
        }
        assertThat(postLogin(username, "Right-Password-2024", true)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("locked: even the right password is refused")
                .contains("/login?error");
        clock.advance(java.time.Duration.ofMinutes(16));
        assertThat(postLogin(username, "Right-Password-2024", true)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
    }

    @Test
    void evidence_files_are_not_served_to_anonymous_visitors() throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/evidence/1")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/admin/users"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
