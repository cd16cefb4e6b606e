package org.parsteering.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.parsteering.support.RawHttp;

/**
 * Issue 10 §2's proof: the requests that once ran the portal out of memory, sent to a running portal with a
 * small heap (CI starts the production jar with {@code -Xmx256m}), after which it is still healthy and a normal
 * import still works. Every body is generated while it is sent, never held by this client.
 *
 * <p>Not part of the normal build (Surefire excludes {@code *MemoryAbuseIT}); {@code .ci/run} runs it as
 * {@code ./mvnw test -Pbrowser -Dtest=MemoryAbuseIT -Dsurefire.failIfNoSpecifiedTests=false -Dabuse.baseUrl=http://localhost:18081
 * -Dabuse.inspectorToken=… -Dabuse.committeeToken=…}, with API tokens it wrote into that portal's database
 * for the demo accounts {@code inspector} and {@code committee}. Skipped when {@code abuse.baseUrl} is not set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemoryAbuseIT {

    private static final long MB = 1024 * 1024;
    private static final String DOSSIER_HEADER = "dossier_code,unit_code,procedure_code,channel,received_on,due_on,"
            + "completed_on,components_digitized,result_digitized,result_signed,fee_required,paid_online\n";

    private String host;
    private int port;
    private String inspector;
    private String committee;
    private final List<String> summary = new ArrayList<>();

    @BeforeAll
    void target() {
        String base = System.getProperty("abuse.baseUrl");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "abuse.baseUrl not set: no portal to send to");
        URI uri = URI.create(base);
        host = uri.getHost();
        port = uri.getPort();
        inspector = System.getProperty("abuse.inspectorToken");
        committee = System.getProperty("abuse.committeeToken");
    }

    @AfterAll
    void printSummary() {
        System.out.println("\n=== memory abuse summary (" + System.getProperty("abuse.baseUrl") + ")");
        summary.forEach(System.out::println);
    }

    private RawHttp.Response post(String path, String token, String type, long length, RawHttp.Body body)
            throws Exception {
        return RawHttp.post(
                host, port, path, Map.of("Authorization", "Bearer " + token, "Content-Type", type), length, body, 120);
    }

    private void record(String what, long started, RawHttp.Response r) {
        summary.add(String.format(
                "%-62s -> %d in %5d ms, answer %,d bytes",
                what, r.status(), (System.nanoTime() - started) / 1_000_000, r.bodyLength()));
    }

    private static RawHttp.Body noise(long size) {
        return RawHttp.repeated(
                size, DOSSIER_HEADER.getBytes(StandardCharsets.UTF_8), "X,".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    @Order(1)
    void five_200_mb_bodies_from_the_inspector_are_refused_before_they_are_read() throws Exception {
        long started = System.nanoTime();
        List<CompletableFuture<RawHttp.Response>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return post("/api/imports/dossiers", inspector, "text/csv", 200 * MB, noise(200 * MB));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (var f : sent) {
            RawHttp.Response r = f.get(180, TimeUnit.SECONDS);
            record("inspector, 200 MB body to /api/imports/dossiers (x5)", started, r);
            assertThat(r.status()).isEqualTo(403);
        }
    }

    @Test
    @Order(2)
    void a_200_mb_body_from_the_committee_is_refused_with_413_once_it_passes_the_limit() throws Exception {
        long started = System.nanoTime();
        RawHttp.Response announced = post("/api/imports/dossiers", committee, "text/csv", 200 * MB, noise(200 * MB));
        record("committee, 200 MB body (Content-Length) to dossiers", started, announced);
        started = System.nanoTime();
        RawHttp.Response chunked = post("/api/imports/dossiers", committee, "text/csv", -1, noise(200 * MB));
        record("committee, 200 MB body (chunked) to dossiers", started, chunked);

        assertThat(announced.status()).isEqualTo(413);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.body()).contains("payload_too_large");
    }

    @Test
    @Order(3)
    void a_200_mb_one_line_body_is_refused_and_a_19_mb_one_line_body_is_answered_briefly() throws Exception {
        RawHttp.Body line200 = RawHttp.repeated(200 * MB, new byte[0], "y".getBytes(StandardCharsets.US_ASCII));
        long started = System.nanoTime();
        RawHttp.Response big = post("/api/imports/dossiers", committee, "text/csv", -1, line200);
        record("committee, 200 MB one-line CSV (chunked)", started, big);
        RawHttp.Body line19 = RawHttp.repeated(19 * MB, new byte[0], "y".getBytes(StandardCharsets.US_ASCII));
        started = System.nanoTime();
        RawHttp.Response small = post("/api/imports/dossiers", committee, "text/csv", 19 * MB, line19);
        record("committee, 19 MB one-line CSV", started, small);

        assertThat(big.status()).isEqualTo(413);
        assertThat(small.status()).isEqualTo(422);
        assertThat(small.bodyLength()).isLessThan(10_000);
    }

    @Test
    @Order(4)
    void a_2_mb_multipart_file_is_processed_and_one_over_the_limit_is_refused() throws Exception {
        byte[] row = "MEM-X,XA-NOWHERE,P-NONE,ONLINE,2024-01-01,2024-01-10,,NONE,N,N,N,N\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] header = DOSSIER_HEADER.getBytes(StandardCharsets.US_ASCII);
        long size = header.length + 2 * MB / row.length * row.length;
        RawHttp.Multipart two = RawHttp.multipart("dossiers.csv", size, RawHttp.repeated(size, header, row));
        long started = System.nanoTime();
        RawHttp.Response processed =
                post("/api/imports/dossiers", committee, two.contentType(), two.length(), two.body());
        record("committee, 2 MB multipart of bad dossier rows", started, processed);

        RawHttp.Multipart big = RawHttp.multipart("dossiers.csv", 30 * MB, RawHttp.repeated(30 * MB, header, row));
        started = System.nanoTime();
        RawHttp.Response refused =
                post("/api/imports/dossiers", committee, big.contentType(), big.length(), big.body());
        record("committee, 30 MB multipart", started, refused);

        assertThat(processed.status()).isEqualTo(422);
        assertThat(processed.body()).contains("\"total\":");
        assertThat(processed.bodyLength()).isLessThan(1_000_000);
        assertThat(refused.status()).isEqualTo(413);
    }

    @Test
    @Order(5)
    void an_xlsx_of_1048576_tiny_rows_stops_at_the_row_limit() throws Exception {
        Path xlsx = Files.createTempFile("par-abuse-", ".xlsx");
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                    OutputStream out = Files.newOutputStream(xlsx)) {
                var sheet = wb.createSheet("dossiers");
                var head = sheet.createRow(0);
                String[] columns = DOSSIER_HEADER.strip().split(",");
                for (int c = 0; c < columns.length; c++) {
                    head.createCell(c).setCellValue(columns[c]);
                }
                for (int r = 1; r < 1_048_576; r++) {
                    sheet.createRow(r).createCell(0).setCellValue("x");
                }
                wb.write(out);
            }
            long size = Files.size(xlsx);
            long started = System.nanoTime();
            RawHttp.Response r = post(
                    "/api/imports/dossiers",
                    committee,
                    "application/octet-stream",
                    size,
                    (out, stop) -> Files.copy(xlsx, out));
            record(String.format("committee, XLSX of 1,048,576 rows (%,d bytes)", size), started, r);

            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("more than 1000000 data rows");
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    @Test
    @Order(6)
    void afterwards_the_portal_is_healthy_and_a_normal_import_works() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = System.getProperty("abuse.baseUrl");
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        summary.add("GET /actuator/health -> " + health.statusCode() + " " + health.body());
        String code = "MEM-P" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        HttpResponse<String> imported = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/imports/procedures"))
                        .header("Authorization", "Bearer " + committee)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "procedure_code,name,level,online_level,fee_required\n" + code
                                        + ",Thủ tục sau thử tải,COMMUNE,PARTIAL,N\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        summary.add("normal import of one procedure -> " + imported.statusCode() + " " + imported.body());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":1");
    }
}
