package org.parsteering.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of evidence files for signed-in users (session of the UI chain), streamed from the database
 * to the response. Served as attachments with their checked content type, never rendered inline.
 */
@Controller
class EvidenceController {

    private final ProgressService progress;

    EvidenceController(ProgressService progress) {
        this.progress = progress;
    }

    /** 404 for anything but the public id of a stored file (a row number, a link's id, an unknown id). */
    @GetMapping("/evidence/{publicId}")
    void download(@PathVariable String publicId, HttpServletResponse response) throws IOException {
        EvidenceView evidence =
                progress.evidence(publicId).filter(e -> !e.isLink()).orElse(null);
        if (evidence == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(evidence.contentType());
        response.setContentLengthLong(evidence.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(evidence.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        progress.writeEvidence(publicId, response.getOutputStream());
    }
}
