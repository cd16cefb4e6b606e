package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence over real HTTP: every signed-in user reads the whole plan, so a unit head downloads another unit's
 * evidence, but only through the unguessable address shown on the task page, never by counting ids.
 */
class EvidenceDownloadHttpTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String base() {
        return "http://localhost:" + port;
    }

    private void signIn(String username) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher param =
                Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find() && param.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=Demo%402024&"
                + param.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_unit_head_downloads_another_units_evidence_by_the_address_on_its_task_page_and_not_by_its_number()
            throws Exception {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("EVH-").toUpperCase());
        d.setTitle("Evidence over HTTP");
        d.setFieldCode("CPDT");
        d.setDeadline(LocalDate.now(clock).plusDays(10));
        d.setLeadUnitCode("XA-BAISON");
        d.setCoordinatingUnitCodes(Set.of());
        AssignmentView a = as("committee", () -> tasks.create(d)).assignments().getFirst();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.createTempFile("evidence", ".pdf");
        Files.write(file, pdf);
        as(
                "head.baison",
                () -> progress.reportProgress(
                        a.id(),
                        a.version(),
                        50,
                        null,
                        List.of(new EvidenceUpload("biên bản.pdf", file, pdf.length)),
                        List.of()));

        // head.noivu leads another unit (PB-NOIVU) and sees the task page of Bài Sơn's task, as everyone does.
        EvidenceView shown = as("head.noivu", () -> tasks.detail(d.getCode()).orElseThrow())
                .history()
                .getFirst()
                .evidence()
                .getFirst();
        long sequential = jdbc.queryForObject(
                "select e.id from evidence e join progress_report r on r.id = e.report_id where r.assignment_id = ?",
                Long.class,
                a.id());
        assertThat(shown.href())
                .as("the link carries 128 random bits, not the row number")
                .matches("evidence/[0-9a-f]{32}")
                .isNotEqualTo("evidence/" + sequential);

        signIn("head.noivu");
        HttpResponse<byte[]> download = get(shown.href());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;");

        assertThat(get("evidence/" + sequential).statusCode())
                .as("the sequential id no longer opens anything")
                .isEqualTo(404);
        assertThat(get("evidence/" + "0".repeat(32)).statusCode()).isEqualTo(404);
        assertThat(get("evidence/not-an-id").statusCode()).isEqualTo(404);
        Files.deleteIfExists(file);
    }
}
