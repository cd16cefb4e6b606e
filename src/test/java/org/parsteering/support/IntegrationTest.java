package org.parsteering.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the application: one shared Spring context (with a real web server on a
 * random port, for the HTTP tests) on the test database, with the demo data of SPEC 8 loaded and a clock
 * the test controls. H2 by default; MariaDB with {@code ./mvnw verify -Pmariadb}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfig.class)
public abstract class IntegrationTest {

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void resetClock() {
        clock.set(TestClockConfig.START);
    }

    /** A name no other test (or earlier run on the same database) uses. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
