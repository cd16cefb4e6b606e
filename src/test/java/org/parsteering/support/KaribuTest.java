package org.parsteering.support;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests with Karibu: real views and components in a mocked Vaadin environment. Karibu
 * 2.7.0 lacks {@code MockSpringSecurity}, so the fake request answers {@code getUserPrincipal} and
 * {@code isUserInRole} from Spring Security's context: {@code @WithUserDetails} then drives the view
 * access annotations and the role-filtered menu exactly as in the running application.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.parsteering");
        }
    }

    /**
     * System properties that Karibu's mock servlets set for the whole JVM (a front-end folder and a project
     * folder of their own). Left behind, they would move the real server's Vaadin of an HTTP test that runs
     * later in the same JVM away from the front-end files it serves its pages from.
     */
    private static final List<String> KARIBU_SYSTEM_PROPERTIES =
            List.of("vaadin.vaadin.frontend.folder", "vaadin.project.basedir");

    private final Map<String, String> systemPropertiesBefore = new HashMap<>();

    @BeforeEach
    void setUpVaadin() {
        for (String name : KARIBU_SYSTEM_PROPERTIES) {
            systemPropertiesBefore.put(name, System.getProperty(name));
        }
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        systemPropertiesBefore.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    /** A fake servlet request whose user is whoever Spring Security says is signed in. */
    static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || !auth.isAuthenticated() ? null : auth;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null
                    && auth.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}
