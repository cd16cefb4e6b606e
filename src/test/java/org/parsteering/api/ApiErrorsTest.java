package org.parsteering.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parsteering.security.ApiTokenService;
import org.parsteering.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 10 §3 over real HTTP: whatever goes wrong under {@code /api}, the caller gets JSON with a status that
 * says what happened — never the UI's login redirect or Vaadin's HTML.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTest extends HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private String token;

    @BeforeEach
    void token() {
        token = as("committee", () -> tokens.create("errors " + unique("t"))).token();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, boolean auth)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (auth) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode jsonOf(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .as(r.body())
                .contains("json");
        return json.readTree(r.body());
    }

    @Test
    void an_unexpected_failure_is_a_500_json_with_a_reference_that_the_log_holds_with_the_stack_trace(
            CapturedOutput output) throws Exception {
        HttpResponse<String> r = send("GET", FailingApiProbe.PATH, null, null, true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        JsonNode body = jsonOf(r);
        assertThat(body.get("error").asString()).isEqualTo("internal_error");
        String reference = body.get("reference").asString();
        assertThat(reference).isNotBlank();
        assertThat(body.get("message").asString()).contains(reference).doesNotContain("a bug the API");
        assertThat(output.getOut() + output.getErr())
                .contains(reference)
                .contains("IllegalStateException: a bug the API must not show")
                .contains("at org.parsteering.api.FailingApiProbe.fail");
    }

    @Test
    void an_error_forwarded_to_the_error_page_is_answered_in_json_not_with_the_login_redirect() throws Exception {
        HttpResponse<String> r = send("GET", FailingApiProbe.SEND_ERROR, null, null, true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(jsonOf(r).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void an_unknown_api_path_is_a_404_json_and_without_a_token_a_401_json() throws Exception {
        HttpResponse<String> nope = send("GET", "/api/nope", null, null, true);
        assertThat(nope.statusCode()).as(nope.body()).isEqualTo(404);
        assertThat(jsonOf(nope).get("error").asString()).isEqualTo("not_found");

        HttpResponse<String> deep = send("POST", "/api/nope/deeper", "text/csv", "x", true);
        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(404);
        assertThat(jsonOf(deep).get("error").asString()).isEqualTo("not_found");

        HttpResponse<String> kind = send("POST", "/api/imports/unknown-kind", "text/csv", "x", true);
        assertThat(kind.statusCode()).as(kind.body()).isEqualTo(404);
        assertThat(jsonOf(kind).get("error").asString()).isEqualTo("not_found");

        HttpResponse<String> anonymous = send("GET", "/api/nope", null, null, false);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(jsonOf(anonymous).get("error").asString()).isEqualTo("unauthorized");
    }

    @Test
    void malformed_requests_are_answered_in_json_with_their_status() throws Exception {
        HttpResponse<String> mediaType = send("POST", "/api/imports/dossiers", "application/json", "{}", true);
        assertThat(mediaType.statusCode()).as(mediaType.body()).isEqualTo(415);
        assertThat(jsonOf(mediaType).get("error").asString()).isEqualTo("unsupported_media_type");

        HttpResponse<String> method = send("DELETE", "/api/imports/dossiers", null, null, true);
        assertThat(method.statusCode()).as(method.body()).isEqualTo(405);
        assertThat(jsonOf(method).get("error").asString()).isEqualTo("method_not_allowed");

        HttpResponse<String> noFile = send(
                "POST",
                "/api/imports/dossiers",
                "multipart/form-data; boundary=XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--XyZ--\r\n",
                true);
        assertThat(noFile.statusCode()).as(noFile.body()).isEqualTo(400);
        assertThat(jsonOf(noFile).get("error").asString()).isEqualTo("bad_request");

        HttpResponse<String> brokenMultipart =
                send("POST", "/api/imports/dossiers", "multipart/form-data; boundary=XyZ", "not multipart", true);
        assertThat(brokenMultipart.statusCode()).as(brokenMultipart.body()).isEqualTo(400);
        assertThat(jsonOf(brokenMultipart).get("error").asString()).isEqualTo("bad_request");
    }

    private HttpResponse<String> sendAccepting(String accept, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", accept)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "text/csv");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_api_answers_json_whatever_the_accept_header_asks_for() throws Exception {
        for (String accept : new String[] {"text/plain", "application/xml", "text/html", "text/csv"}) {
            HttpResponse<String> badDate = sendAccepting(accept, "GET", "/api/figures?from=x&to=2024-03-31", null);
            assertThat(badDate.statusCode()).as(accept + ": " + badDate.body()).isEqualTo(400);
            assertThat(jsonOf(badDate).get("error").asString()).isEqualTo("bad_request");

            HttpResponse<String> badRows = sendAccepting(
                    accept,
                    "POST",
                    "/api/imports/procedures",
                    "procedure_code,name,level,online_level,fee_required\n" + "X,,NOWHERE,SOMETIMES,MAYBE\n");
            assertThat(badRows.statusCode()).as(accept + ": " + badRows.body()).isEqualTo(422);
            assertThat(jsonOf(badRows).get("errors").size()).isPositive();

            HttpResponse<String> unknownKind = sendAccepting(accept, "POST", "/api/imports/nothing", "a\n1\n");
            assertThat(unknownKind.statusCode())
                    .as(accept + ": " + unknownKind.body())
                    .isEqualTo(404);
            assertThat(jsonOf(unknownKind).get("error").asString()).isEqualTo("not_found");

            HttpResponse<String> me = sendAccepting(accept, "GET", "/api/me", null);
            assertThat(me.statusCode()).as(accept + ": " + me.body()).isEqualTo(200);
            assertThat(jsonOf(me).get("username").asString()).isEqualTo("committee");
        }
    }
}
