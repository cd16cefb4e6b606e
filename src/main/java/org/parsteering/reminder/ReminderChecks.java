package org.parsteering.reminder;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.parsteering.base.BusinessException;
import org.parsteering.base.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder rules under a database lock (ShedLock's JDBC provider, timed by the database's clock), so
 * that with several nodes on one database exactly one runs each daily check, and a "run checks now" while a
 * run is under way is told so instead of racing it. The lock is taken before the run's transaction starts and
 * released after it commits.
 */
@Component
public class ReminderChecks {

    private static final Logger log = LoggerFactory.getLogger(ReminderChecks.class);
    static final String CHECKS_LOCK = "reminder-checks";
    static final String MAIL_LOCK = "reminder-mail";

    private final ReminderRunService reminders;
    private final ReminderMailer mailer;
    private final LockingTaskExecutor locks;
    private final Duration lockAtLeast;

    ReminderChecks(
            ReminderRunService reminders,
            ReminderMailer mailer,
            JdbcTemplate jdbc,
            @Value("${par.reminders.lock-at-least:PT1M}") Duration lockAtLeast) {
        this.reminders = reminders;
        this.mailer = mailer;
        LockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .usingDbTime()
                .build());
        this.locks = new DefaultLockingTaskExecutor(provider);
        this.lockAtLeast = lockAtLeast;
    }

    /** "Run checks now" (committee, secretary): every rule at once, unless a run is already under way. */
    public RunResult runNow() {
        try {
            LockingTaskExecutor.TaskResult<RunResult> result = locks.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<RunResult>) reminders::runChecks,
                    new LockConfiguration(Instant.now(), CHECKS_LOCK, Duration.ofMinutes(30), Duration.ZERO));
            if (!result.wasExecuted()) {
                throw new BusinessException("reminder.error.running");
            }
            return result.getResult();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scheduled run, as the system user. Every node calls it at the configured time; the one that takes
     * the lock runs the rules, the others log that they skipped. The lock is held at least {@code
     * par.reminders.lock-at-least} so that a node whose clock is a little late does not run again.
     *
     * @return whether this node ran the checks
     */
    public boolean runScheduled() {
        try {
            LockingTaskExecutor.TaskResult<RunResult> result = locks.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<RunResult>)
                            () -> SystemAuthentication.call(() -> reminders.run("schedule")),
                    new LockConfiguration(Instant.now(), CHECKS_LOCK, Duration.ofMinutes(30), lockAtLeast));
            if (!result.wasExecuted()) {
                log.info("Reminder checks skipped on this node: another node holds the lock");
            }
            return result.wasExecuted();
        } catch (Throwable e) {
            log.error("Scheduled reminder checks failed; they run again at the next schedule", e);
            return false;
        }
    }

    /** Sends the reminder mails that are due, on one node at a time. */
    public void sendMail() {
        if (!mailer.enabled()) {
            return;
        }
        try {
            locks.executeWithLock(
                    (Runnable) mailer::sendDue,
                    new LockConfiguration(Instant.now(), MAIL_LOCK, Duration.ofMinutes(10), Duration.ZERO));
        } catch (Throwable e) {
            log.error("Sending reminder mails failed; retried at the next interval", e);
        }
    }
}
