package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.SignatureService;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 10 §3: a change that lost the race for a new key is made again, and then finds the key. */
class ConflictRetryTest extends IntegrationTest {

    static final YearMonth MONTH = YearMonth.of(2023, 2);

    @Autowired
    SignatureService signatures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void removeTheMonth() {
        jdbc.update("delete from signature_report where report_month = ?", Date.valueOf(MONTH.atDay(1)));
    }

    @Test
    void a_first_entry_that_meets_a_concurrent_entry_of_the_same_month_is_retried_and_saved() throws Exception {
        long unit = jdbc.queryForObject("select id from unit where code = 'XA-BAISON'", Long.class);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // Another entry of the same unit and month, written and not yet committed.
            Future<?> other = threads.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.update(
                        "insert into signature_report (unit_id, report_month, documents_issued, documents_signed, updated_at)"
                                + " values (?, ?, 4, 1, ?)",
                        unit,
                        Date.valueOf(MONTH.atDay(1)),
                        new Timestamp(System.currentTimeMillis()));
                inserted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> mine = threads.submit(() -> as("committee", () -> signatures.save("XA-BAISON", MONTH, 9, 5)));
            Thread.sleep(100); // H2 refuses the duplicate at once, MariaDB makes it wait for the commit
            release.countDown();
            other.get(10, TimeUnit.SECONDS);
            mine.get(20, TimeUnit.SECONDS); // the retry found the other entry's row and updated it
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select documents_issued * 100 + documents_signed from signature_report"
                                + " where unit_id = ? and report_month = ?",
                        Integer.class,
                        unit,
                        Date.valueOf(MONTH.atDay(1))))
                .isEqualTo(905);
    }
}
