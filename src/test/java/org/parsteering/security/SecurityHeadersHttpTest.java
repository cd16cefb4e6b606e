package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parsteering.support.HttpTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser-facing hardening of every HTML page, over real HTTP: the security headers (Vaadin's bootstrap
 * page included), the session cookie's attributes, login CSRF, and no session id in any address.
 */
class SecurityHeadersHttpTest extends HttpTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Csrf(String parameter, String token) {}

    private Csrf csrfOfLoginPage(HttpClient http) throws Exception {
        HttpResponse<String> page = get(http, "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher param =
                Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        assertThat(param.find()).isTrue();
        return new Csrf(param.group(1), token.group(1));
    }

    private HttpResponse<String> postLogin(HttpClient http, Csrf csrf, String origin) throws Exception {
        String form = "username=committee&password=" + URLEncoder.encode("Demo@2024", StandardCharsets.UTF_8)
                + (csrf == null
                        ? ""
                        : "&" + csrf.parameter() + "=" + URLEncoder.encode(csrf.token(), StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn() throws Exception {
        HttpClient http = client(new CookieManager());
        HttpResponse<String> response = postLogin(http, csrfOfLoginPage(http), null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    /** Signed in when a protected page answers with the app instead of a redirect to the login page. */
    private boolean isSignedIn(HttpClient http) throws Exception {
        return get(http, "/tasks").statusCode() == 200;
    }

    private static void assertHardenedHtmlPage(String path, HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(headers.firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .as("CSP of " + path)
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'self'")
                .contains("form-action 'self'")
                .contains("base-uri 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
        assertThat(headers.allValues("Cache-Control"))
                .as(path)
                .anySatisfy(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void the_login_page_carries_the_security_headers() throws Exception {
        HttpClient http = client(new CookieManager());
        assertHardenedHtmlPage("/login", get(http, "/login"));
    }

    @Test
    void every_page_of_a_signed_in_user_carries_the_security_headers_including_a_mistyped_address() throws Exception {
        HttpClient http = signedIn();
        for (String path : List.of("/", "/tasks", "/no-such-page")) {
            assertHardenedHtmlPage(path, get(http, path));
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_not_secure_by_default() throws Exception {
        HttpResponse<String> response = get(client(new CookieManager()), "/login");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
    }

    /** Refused: back to the login page (a sign-in would redirect to the app), and no session signed in. */
    private static void assertRefusedBackToTheLoginPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void a_cross_origin_login_post_without_the_csrf_token_does_not_sign_in() throws Exception {
        HttpClient victim = client(new CookieManager());
        HttpResponse<String> response = postLogin(victim, null, "https://evil.example");
        assertRefusedBackToTheLoginPage(response);
        assertThat(isSignedIn(victim)).isFalse();
    }

    @Test
    void a_login_post_with_the_token_of_another_session_does_not_sign_in() throws Exception {
        // The attacker reads a token from their own visit to the login page and makes the victim's browser post it.
        Csrf attackersToken = csrfOfLoginPage(client(new CookieManager()));
        HttpClient victim = client(new CookieManager());
        get(victim, "/login");
        HttpResponse<String> response = postLogin(victim, attackersToken, "https://evil.example");
        assertRefusedBackToTheLoginPage(response);
        assertThat(isSignedIn(victim)).isFalse();
    }

    @Test
    void the_real_login_form_post_with_its_token_still_signs_in() throws Exception {
        assertThat(isSignedIn(signedIn())).isTrue();
    }

    @Test
    void no_redirect_and_no_page_puts_the_session_id_in_the_address() throws Exception {
        for (String path : List.of("/VAADIN/", "/", "/tasks", "/admin/users", "/login")) {
            // A first visit, without any cookie: the moment a servlet container falls back to URL rewriting.
            HttpResponse<String> response = get(client(new CookieManager()), path);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as("Location of " + path)
                    .doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as("body of " + path).doesNotContainIgnoringCase(";jsessionid");
        }
    }
}
