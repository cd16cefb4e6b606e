package org.parsteering.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that talk HTTP to the application (the automation API, sign-in through the login form,
 * session cookies, security headers, downloads): the same context as {@link IntegrationTest}, but with a
 * real web server on a random port ({@code @LocalServerPort}). Only these tests start a server; services
 * and Karibu views run on the mock web environment of {@link IntegrationTest}.
 *
 * <p>Before the first test of a server, waits until its pages are served: Vaadin's development mode writes
 * the front-end files it serves pages from (index.html) in the background after the server has started, and
 * a page asked for before that is an error, not the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTest extends IntegrationTest {

    private static final Set<Integer> SERVING = ConcurrentHashMap.newKeySet();
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @LocalServerPort
    private int serverPort;

    @BeforeEach
    void awaitThePagesOfTheServer() throws Exception {
        if (SERVING.contains(serverPort)) {
            return;
        }
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/login"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        int status;
        do {
            status = http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                SERVING.add(serverPort);
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException(
                "the login page still answers " + status + " " + AT_MOST.toSeconds() + " s after the server started");
    }
}
