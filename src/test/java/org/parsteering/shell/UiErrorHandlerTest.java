package org.parsteering.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;
import org.parsteering.support.KaribuTest;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.QueryTimeoutException;

/** Issue 10 §3 on the screen: a save refused by a concurrent change says so, not "something went wrong". */
class UiErrorHandlerTest extends KaribuTest {

    @Test
    void a_lock_timeout_or_deadlock_asks_to_try_again_in_a_moment() {
        UiErrorHandler handler = new UiErrorHandler();
        String expected = "Someone else is changing the same data; try again in a moment.";
        // H2's lock timeout, as Spring translates it on a signature save.
        assertThat(handler.describe(
                        UI.getCurrent(),
                        new QueryTimeoutException(
                                "update data_version",
                                new SQLTimeoutException("Timeout trying to lock table", "HYT00", 50200))))
                .isEqualTo(expected);
        assertThat(handler.describe(UI.getCurrent(), new DeadlockLoserDataAccessException("deadlock", null)))
                .isEqualTo(expected);
        assertThat(handler.describe(UI.getCurrent(), new IllegalStateException("bug")))
                .startsWith("Something went wrong.");
    }
}
