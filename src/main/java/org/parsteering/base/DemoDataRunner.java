package org.parsteering.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads each {@link DemoData} part that is not yet in the database, in order. */
@Component
@Order(10)
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoData> parts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoDataRunner(List<DemoData> parts, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.parts = parts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        parts.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(this::loadOnce);
    }

    private void loadOnce(DemoData part) {
        SystemAuthentication.run(() -> tx.executeWithoutResult(status -> {
            Integer done = jdbc.queryForObject(
                    "select count(*) from data_marker where name = ?", Integer.class, "demo:" + part.name());
            if (done != null && done > 0) {
                return;
            }
            long started = System.nanoTime();
            part.load();
            jdbc.update(
                    "insert into data_marker (name, created_at) values (?, ?)",
                    "demo:" + part.name(),
                    LocalDateTime.now(clock));
            log.info("Demo data '{}' loaded in {} ms", part.name(), (System.nanoTime() - started) / 1_000_000);
        }));
    }
}
