package org.parsteering.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.security.ApiTokenService;
import org.parsteering.support.HttpTest;
import org.parsteering.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 10 §2 over real HTTP: no request to {@code /api/imports} can make the server hold more than the
 * import limit (20 MB): the role is checked before the body is read, a body over the limit is refused
 * with 413 as it passes it, multipart takes files as large as the limit, and a 422 lists at most 1,000 rows.
 */
class ImportApiLimitsTest extends HttpTest {

    private static final long MB = 1024 * 1024;
    private static final byte[] PROCEDURE_HEADER =
            "procedure_code,name,level,online_level,fee_required\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final ObjectMapper json = new ObjectMapper();

    private String tokenOf(String user) {
        return as(user, () -> tokens.create("limits test " + unique("t"))).token();
    }

    private RawHttp.Response post(String path, String token, String type, long length, RawHttp.Body body)
            throws Exception {
        return RawHttp.post(
                "localhost",
                port,
                path,
                Map.of("Authorization", "Bearer " + token, "Content-Type", type),
                length,
                body,
                60);
    }

    @Test
    void the_inspector_is_refused_before_the_server_waits_for_a_200_mb_body() throws Exception {
        // The body is announced and never sent: only an answer given before reading it arrives at all.
        RawHttp.Response r = post("/api/imports/dossiers", tokenOf("inspector"), "text/csv", 200 * MB, null);

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void a_body_announced_over_the_limit_is_refused_at_once_with_413_and_a_json_message() throws Exception {
        RawHttp.Response r = post("/api/imports/dossiers", tokenOf("committee"), "text/csv", 200 * MB, null);

        assertThat(r.status()).isEqualTo(413);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("error").asString()).isEqualTo("payload_too_large");
        assertThat(body.get("message").asString()).contains("20 MB");
    }

    @Test
    void a_chunked_body_is_refused_with_413_as_soon_as_it_passes_the_limit() throws Exception {
        RawHttp.Response r = post(
                "/api/imports/dossiers",
                tokenOf("committee"),
                "text/csv",
                -1,
                RawHttp.repeated(60 * MB, new byte[0], "x,".getBytes(StandardCharsets.US_ASCII)));

        assertThat(r.status()).isEqualTo(413);
        assertThat(json.readTree(r.body()).get("error").asString()).isEqualTo("payload_too_large");
    }

    @Test
    void a_2_mb_multipart_file_is_processed_and_its_bad_rows_answer_the_first_1000_and_their_total() throws Exception {
        byte[] row = "X-LIMIT,Sai,PROVINCE,FULL,N\n".getBytes(StandardCharsets.UTF_8);
        long size = PROCEDURE_HEADER.length + 2 * MB / row.length * row.length;
        long rows = (size - PROCEDURE_HEADER.length) / row.length;
        RawHttp.Multipart m = RawHttp.multipart("procedures.csv", size, RawHttp.repeated(size, PROCEDURE_HEADER, row));

        RawHttp.Response r =
                post("/api/imports/procedures", tokenOf("committee"), m.contentType(), m.length(), m.body());

        assertThat(r.status()).isEqualTo(422);
        JsonNode body = json.readTree(r.body());
        assertThat(rows).isGreaterThan(5_000);
        assertThat(body.get("errors")).hasSize(1_000);
        // Every row is wrong twice over: its level, and its code repeating the first row's.
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(rows);
        assertThat(r.bodyLength()).isLessThan(500_000);
    }

    @Test
    void a_multipart_file_over_the_limit_is_refused_with_413_and_a_json_message() throws Exception {
        RawHttp.Multipart m = RawHttp.multipart(
                "big.csv",
                25 * MB,
                RawHttp.repeated(25 * MB, PROCEDURE_HEADER, "X,Y,COMMUNE,FULL,N\n".getBytes(StandardCharsets.UTF_8)));

        RawHttp.Response r =
                post("/api/imports/procedures", tokenOf("committee"), m.contentType(), m.length(), m.body());

        assertThat(r.status()).isEqualTo(413);
        assertThat(json.readTree(r.body()).get("error").asString()).isEqualTo("payload_too_large");
    }

    @Test
    void a_one_line_body_under_the_limit_answers_422_without_echoing_it() throws Exception {
        long size = 19 * MB;

        RawHttp.Response r = post(
                "/api/imports/procedures",
                tokenOf("committee"),
                "text/csv",
                size,
                RawHttp.repeated(size, new byte[0], "y".getBytes(StandardCharsets.US_ASCII)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.bodyLength()).isLessThan(10_000);
        assertThat(json.readTree(r.body()).get("total").asInt()).isGreaterThanOrEqualTo(1);
    }
}
