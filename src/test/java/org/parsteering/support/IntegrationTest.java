package org.parsteering.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the application: one shared Spring context on a mock web environment (no
 * server: services and Karibu views need none) on the test database, with the demo data of SPEC 8 loaded
 * and a clock the test controls. Tests that talk HTTP extend {@link HttpTest}, which adds a real server.
 * H2 by default; MariaDB with {@code ./mvnw verify -Pmariadb}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfig.class, PasswordCheckGate.Config.class})
public abstract class IntegrationTest {

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void resetClock() {
        clock.set(TestClockConfig.START);
    }

    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

    /** Runs {@code work} signed in as {@code username} (a demo account), as the services see a real sign-in. */
    protected <T> T as(String username, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var user = userDetailsService.loadUserByUsername(username);
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    protected void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** A name no other test (or earlier run on the same database) uses. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
