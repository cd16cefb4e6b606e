package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily run is cluster-safe: two schedulers (as on two nodes, each with its own lock executor on the
 * shared database) firing at the same moment run the rules once; "run checks now" during a run is refused.
 * The two-process proof on MariaDB is {@code scripts/two-nodes.sh}.
 */
class ReminderLockTest extends IntegrationTest {

    @Autowired
    ReminderRunService reminders;

    @Autowired
    ReminderMailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void releaseLocks() {
        jdbc.update("delete from shedlock");
    }

    @Test
    void two_nodes_firing_together_run_the_checks_once() throws Exception {
        ReminderChecks nodeA = new ReminderChecks(reminders, mailer, jdbc, Duration.ofSeconds(30));
        ReminderChecks nodeB = new ReminderChecks(reminders, mailer, jdbc, Duration.ofSeconds(30));
        long runsBefore = jdbc.queryForObject("select count(*) from reminder_run", Long.class);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> both = List.of(
                    () -> {
                        go.await();
                        return nodeA.runScheduled();
                    },
                    () -> {
                        go.await();
                        return nodeB.runScheduled();
                    });
            List<Future<Boolean>> results = both.stream().map(pool::submit).toList();
            go.countDown();
            boolean a = results.get(0).get();
            boolean b = results.get(1).get();
            assertThat(a ^ b).as("exactly one node ran: A=" + a + ", B=" + b).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from reminder_run", Long.class))
                .isEqualTo(runsBefore + 1);
        // the lock is held at least 30 s: a node firing a little later does not run again
        assertThat(nodeB.runScheduled()).isFalse();
        assertThat(nodeA.runScheduled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from reminder_run", Long.class))
                .isEqualTo(runsBefore + 1);
        // and a manual run meanwhile is told so
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("committee", () -> nodeA.runNow()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reminder.error.running");
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select rule, unit_id, subject from reminder where state <> 'RESOLVED'"
                                + " group by rule, unit_id, subject having count(*) > 1) x",
                        Long.class))
                .isZero();
    }
}
