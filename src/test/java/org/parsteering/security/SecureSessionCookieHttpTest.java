package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.parsteering.support.HttpTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Behind an HTTPS reverse proxy the operator sets SESSION_COOKIE_SECURE=true: the cookie is then Secure. */
@TestPropertySource(properties = "SESSION_COOKIE_SECURE=true")
class SecureSessionCookieHttpTest extends HttpTest {

    @LocalServerPort
    int port;

    @Test
    void with_the_secure_setting_on_the_session_cookie_is_secure_http_only_and_same_site_lax() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
