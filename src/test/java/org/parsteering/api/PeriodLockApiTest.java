package org.parsteering.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Period;
import org.parsteering.calendar.PeriodLockService;
import org.parsteering.security.ApiTokenService;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * SPEC 4a over real HTTP: an import into a locked period is answered 409 with the lock's message and writes nothing;
 * the same file into an open month goes through.
 */
class PeriodLockApiTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PeriodLockService locks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.parsteering.base.DataVersion dataVersion;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;
    private java.util.List<java.util.Map<String, Object>> april;

    /** Bài Sơn's April 2024 figures of the demo, which the test's import overwrites and then puts back. */
    private static final String APRIL = "select r.* from signature_report r join unit u on u.id = r.unit_id"
            + " where u.code = 'XA-BAISON' and r.report_month = '2024-04-01'";

    @BeforeEach
    void lockMarch() {
        april = jdbc.queryForList(APRIL);
        token = as("committee", () -> tokens.create("locks " + unique("t"))).token();
        as("secretary", () -> locks.lock(Period.month(YearMonth.of(2024, 3))));
    }

    @AfterEach
    void unlock() {
        as("secretary", () -> locks.locks().forEach(l -> locks.unlock(l.id(), "end of test")));
        jdbc.update("delete from signature_report where documents_issued = 777");
        for (var row : april) {
            jdbc.update(
                    "insert into signature_report (unit_id, report_month, documents_issued, documents_signed, updated_at)"
                            + " values (?, ?, ?, ?, ?)",
                    row.get("unit_id"),
                    row.get("report_month"),
                    row.get("documents_issued"),
                    row.get("documents_signed"),
                    row.get("updated_at"));
        }
        tx.executeWithoutResult(s -> dataVersion.changed()); // no cached figure keeps the test's numbers
    }

    private HttpResponse<String> post(String csv) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/signatures"))
                        .header("Content-Type", "text/csv")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long written() {
        return jdbc.queryForObject("select count(*) from signature_report where documents_issued = 777", Long.class);
    }

    @Test
    void an_import_into_a_locked_month_is_409_and_writes_nothing() throws Exception {
        HttpResponse<String> refused = post("unit_code,month,documents_issued,documents_signed\n"
                + "XA-BAISON,2024-04,777,300\n"
                + "XA-BAISON,2024-03,777,300\n");
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode body = new ObjectMapper().readTree(refused.body());
        assertThat(body.get("error").asString()).isEqualTo("conflict");
        assertThat(body.get("message").asString())
                .startsWith("03/2024 is locked (locked on ")
                .contains("by secretary")
                .contains("the first on line 3");
        assertThat(written()).isZero();

        HttpResponse<String> open =
                post("unit_code,month,documents_issued,documents_signed\nXA-BAISON,2024-04,777,300\n");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(written()).isEqualTo(1);
    }
}
