package org.parsteering.security.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who a token acts for. Lets automation check its token before a nightly import. */
@RestController
@RequestMapping("/api")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/me")
    Map<String, Object> me() {
        ParUser user = currentUser.require();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.getUsername());
        body.put("role", user.role().name());
        body.put("unitCode", user.unitCode());
        return body;
    }
}
