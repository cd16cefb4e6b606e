package org.parsteering.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.DataVersion;
import org.parsteering.security.ApiTokenService;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 10 §3 over real HTTP: imports running at the same time never fail each other into the login page —
 * different files all succeed, a rejected file is answered without waiting for anybody, and a genuine
 * conflict (the same keys at the same moment) answers 200 or a 409 JSON, never a redirect.
 */
class ParallelImportsApiTest extends HttpTest {

    static final String HEADER = "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
            + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n";
    static final String PREFIX = "PAR-IMP-";
    static final int ROWS = 5000;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    TransactionTemplate tx;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private String procedure;
    private String token;

    @BeforeEach
    void catalogue() {
        procedure = jdbc.queryForObject("select min(code) from admin_procedure", String.class);
        token = as("committee", () -> tokens.create("parallel " + unique("t"))).token();
    }

    @AfterEach
    void removeTheImportedDossiers() {
        jdbc.update("delete from dossier where code like '" + PREFIX + "%'");
    }

    private String file(String run, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(PREFIX)
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",XA-BAISON,")
                    .append(procedure)
                    .append(",ONLINE,2024-02-01,2024-02-05,2024-02-04,FULL,Y,Y,N,N\n");
        }
        return csv.toString();
    }

    private HttpResponse<String> post(String csv) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/dossiers"))
                        .header("Content-Type", "text/csv")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long imported(String run) {
        return jdbc.queryForObject("select count(*) from dossier where code like ?", Long.class, PREFIX + run + "-%");
    }

    private List<HttpResponse<String>> inParallel(List<String> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (String f : files) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(f);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var f : futures) {
                answers.add(f.get(180, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twenty_parallel_imports_of_different_dossier_files_all_succeed_and_write_every_row() throws Exception {
        String run = unique("D").toUpperCase();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(file(run + i, ROWS));
        }
        List<HttpResponse<String>> answers = inParallel(files);
        for (var a : answers) {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
            assertThat(json.readTree(a.body()).get("created").asInt()).isEqualTo(ROWS);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(imported(run + i)).isEqualTo(ROWS);
        }
    }

    @Test
    void a_rejected_file_is_answered_at_once_while_another_import_holds_the_data_version() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            // Another import at its last statement: it has marked the data changed and not yet committed.
            Future<?> other = holder.submit(() -> tx.executeWithoutResult(s -> {
                dataVersion.changed();
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            HttpResponse<String> rejected = post(
                    HEADER + "PAR-IMP-BAD,XA-NOWHERE," + procedure + ",ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
            assertThat(json.readTree(rejected.body()).get("errors")).hasSize(1);
            assertThat(millis)
                    .as("the rejected file waited for the other import")
                    .isLessThan(1500);

            // A good file during the other import waits for its commit (longer than H2's 2 s default) and succeeds.
            String run = unique("W").toUpperCase();
            Future<HttpResponse<String>> waiting =
                    Executors.newVirtualThreadPerTaskExecutor().submit(() -> post(file(run, 10)));
            Thread.sleep(2_500); // longer than H2's default lock timeout of 2 s
            release.countDown();
            other.get(10, TimeUnit.SECONDS);
            HttpResponse<String> ok = waiting.get(30, TimeUnit.SECONDS);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(imported(run)).isEqualTo(10);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
    }

    @Test
    void the_same_file_imported_in_parallel_answers_only_200_or_a_409_json_never_a_redirect() throws Exception {
        String run = unique("S").toUpperCase();
        String same = file(run, ROWS);
        List<HttpResponse<String>> answers = inParallel(java.util.Collections.nCopies(10, same));
        int ok = 0;
        for (var a : answers) {
            assertThat(a.statusCode()).as(a.body()).isIn(200, 409);
            assertThat(a.headers().firstValue("Content-Type").orElse("")).contains("json");
            JsonNode body = json.readTree(a.body());
            if (a.statusCode() == 409) {
                assertThat(body.get("error").asString()).isEqualTo("conflict");
                assertThat(body.get("message").asString()).isNotBlank();
            } else {
                ok++;
            }
        }
        assertThat(ok).isPositive();
        assertThat(imported(run)).isEqualTo(ROWS);
    }
}
