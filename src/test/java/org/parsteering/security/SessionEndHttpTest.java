package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Role;
import org.parsteering.base.SystemAuthentication;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A session opened before the secretary changes the account (lock, unlock, delete, role, unit, password
 * reset) is refused at its next request: the browser is sent to the login page, which says why. Real
 * HTTP, one cookie-keeping client per browser.
 */
class SessionEndHttpTest extends HttpTest {

    static final String PASSWORD = "Session-Pass-2024";

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ProfileService profile;

    @Autowired
    AuthenticationManager authenticationManager;

    String username;

    @BeforeEach
    void createAccount() {
        username = unique("sess");
        UserDraft d = new UserDraft();
        d.setUsername(username);
        d.setDisplayName("Session Test");
        d.setRole(Role.UNIT_HEAD);
        d.setUnitCode("XA-BAISON");
        SystemAuthentication.run(() -> userAdmin.create(d, PASSWORD));
    }

    /** One browser: its own cookies, no redirects followed. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept-Language", "en")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", contentType)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Browser signIn(String user, String password) throws Exception {
            HttpResponse<String> page = get("/login");
            Matcher token =
                    Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
            Matcher param = Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                    .matcher(page.body());
            assertThat(token.find() && param.find()).isTrue();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&" + param.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> response = post("/login", "application/x-www-form-urlencoded", form);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as("signed in")
                    .doesNotContain("error");
            assertThat(get("/tasks").statusCode()).as("a signed-in page opens").isEqualTo(200);
            return this;
        }

        void assertSentToLoginWithMessage() throws Exception {
            HttpResponse<String> response = get("/tasks");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
            // And the session is really gone: the next request is an anonymous one.
            HttpResponse<String> again = get("/tasks");
            assertThat(again.statusCode()).isEqualTo(302);
            assertThat(again.headers().firstValue("Location").orElse("")).contains("/login");
        }
    }

    private long id() {
        return SystemAuthentication.call(() -> userAdmin
                        .search(username, null, PageRequest.of(0, 5))
                        .getContent()
                        .getFirst())
                .id();
    }

    private UserDraft draft() {
        UserSummary s = SystemAuthentication.call(() -> userAdmin
                .search(username, null, PageRequest.of(0, 5))
                .getContent()
                .getFirst());
        return UserDraft.edit(s);
    }

    @Test
    void locking_the_account_ends_its_open_session() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        SystemAuthentication.run(() -> userAdmin.lock(id()));
        browser.assertSentToLoginWithMessage();
    }

    @Test
    void unlocking_the_account_ends_its_open_session() throws Exception {
        // Signed in, then locked out by someone else's wrong guesses (which does not end the session),
        // then unlocked by the secretary: the unlock ends it.
        Browser browser = new Browser().signIn(username, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(browser.get("/tasks").statusCode())
                .as("a lock-out by failed sign-ins does not end the open session")
                .isEqualTo(200);
        SystemAuthentication.run(() -> userAdmin.unlock(id()));
        browser.assertSentToLoginWithMessage();
    }

    @Test
    void deleting_the_account_ends_its_open_session() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        SystemAuthentication.run(() -> userAdmin.delete(id()));
        browser.assertSentToLoginWithMessage();
    }

    @Test
    void changing_the_role_ends_the_open_session() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        UserDraft d = draft();
        d.setRole(Role.INSPECTOR);
        d.setUnitCode(null);
        SystemAuthentication.run(() -> userAdmin.update(d));
        browser.assertSentToLoginWithMessage();
    }

    @Test
    void changing_the_unit_ends_the_open_session() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        UserDraft d = draft();
        d.setUnitCode("XA-BACSON");
        SystemAuthentication.run(() -> userAdmin.update(d));
        browser.assertSentToLoginWithMessage();
    }

    @Test
    void resetting_the_password_ends_the_open_session() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        SystemAuthentication.run(() -> userAdmin.resetPassword(id()));
        browser.assertSentToLoginWithMessage();
    }

    @Test
    void changing_the_display_name_keeps_the_session() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        UserDraft d = draft();
        d.setDisplayName("Another Name");
        SystemAuthentication.run(() -> userAdmin.update(d));
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions() throws Exception {
        Browser other = new Browser().signIn(username, PASSWORD);
        as(username, () -> profile.changePassword(PASSWORD, "Brand-New-Pass-2024", "Brand-New-Pass-2024"));
        other.assertSentToLoginWithMessage();
    }

    @Test
    void a_vaadin_request_of_an_ended_session_tells_the_browser_to_go_to_the_login_page() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        SystemAuthentication.run(() -> userAdmin.lock(id()));
        HttpResponse<String> uidl = browser.post("/?v-r=uidl&v-uiId=0", "application/json", "{}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(uidl.body()).contains("\"appError\"").contains("/login?expired");
    }

    @Test
    void a_heartbeat_of_an_ended_session_is_answered_gone() throws Exception {
        Browser browser = new Browser().signIn(username, PASSWORD);
        SystemAuthentication.run(() -> userAdmin.lock(id()));
        assertThat(browser.post("/?v-r=heartbeat&v-uiId=0", "text/plain", "").statusCode())
                .isEqualTo(410);
    }

    @Test
    void a_session_signed_in_after_the_change_works() throws Exception {
        SystemAuthentication.run(() -> userAdmin.lock(id()));
        SystemAuthentication.run(() -> userAdmin.unlock(id()));
        Browser browser = new Browser().signIn(username, PASSWORD);
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
    }
}
