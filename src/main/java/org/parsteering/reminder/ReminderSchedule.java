package org.parsteering.reminder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily reminder run ({@code par.reminders.cron}, default 06:00 Vietnam time) and the mail outbox
 * ({@code par.mail.send-interval}, default every minute). Off with {@code par.scheduling.enabled=false}
 * (the tests drive both by hand).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "par.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final ReminderChecks checks;

    ReminderSchedule(ReminderChecks checks) {
        this.checks = checks;
    }

    @Scheduled(cron = "${par.reminders.cron:0 0 6 * * *}", zone = "${par.reminders.zone:Asia/Ho_Chi_Minh}")
    void daily() {
        checks.runScheduled();
    }

    @Scheduled(fixedDelayString = "${par.mail.send-interval:PT1M}", initialDelayString = "PT30S")
    void mail() {
        checks.sendMail();
    }
}
