package org.parsteering.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind an HTTPS reverse proxy the operator sets SESSION_COOKIE_SECURE=true: the cookie is then Secure (and
 * still HttpOnly and SameSite=Lax).
 *
 * <p>The setting is the application's own {@code application.properties} mapping of SESSION_COOKIE_SECURE to
 * {@code server.servlet.session.cookie.secure}, applied by Boot's embedded Tomcat. This test reads that file
 * and starts that Tomcat with one servlet that opens a session, rather than a second copy of the whole
 * application with one property changed (which cost the suite a full context start). The cookie of the whole
 * application without the setting is checked by {@code SecurityHeadersHttpTest}.
 */
@SpringBootTest(
        classes = SecureSessionCookieHttpTest.TomcatOnly.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "SESSION_COOKIE_SECURE=true")
class SecureSessionCookieHttpTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    static class TomcatOnly {

        @Bean
        ServletRegistrationBean<HttpServlet> login() {
            return new ServletRegistrationBean<>(
                    new HttpServlet() {
                        @Override
                        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                            request.getSession(true);
                            response.setStatus(200);
                        }
                    },
                    "/login");
        }
    }

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
