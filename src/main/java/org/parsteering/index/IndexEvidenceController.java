package org.parsteering.index;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of the evidence of self-assessed scores for signed-in users, streamed from the database: as
 * attachments with their checked content type, never inline; 404 for a link, an unknown id, or a file of another
 * unit than a unit head's own.
 */
@Controller
class IndexEvidenceController {

    private final AssessmentService assessments;

    IndexEvidenceController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/index-evidence/{publicId}")
    void download(@PathVariable String publicId, HttpServletResponse response) throws IOException {
        ScoreEvidence evidence = assessments.evidenceFile(publicId).orElse(null);
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
        assessments.writeEvidence(publicId, response.getOutputStream());
    }
}
