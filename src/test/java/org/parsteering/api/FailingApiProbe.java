package org.parsteering.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint (in the test sources, so part of every test context and never of the product): a call
 * that fails the way a bug would, to check what the API answers for the unexpected.
 */
@RestController
class FailingApiProbe {

    static final String PATH = "/api/test-only/failure";
    static final String SEND_ERROR = "/api/test-only/send-error";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a bug the API must not show");
    }

    /** An error the servlet container forwards to {@code /error} (as a filter or a container limit would). */
    @GetMapping(SEND_ERROR)
    void sendError(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.sendError(503, "not now");
    }
}
