package org.parsteering.reminder;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.parsteering.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail for reminders through an outbox. The rule run only writes outbox rows (in its own transaction, so a
 * reminder and its mail are saved together); {@link #sendDue()} sends them afterwards, one by one, and a mail
 * that fails stays in the outbox with the error logged and is retried later (1, 2, 4 … up to 60 minutes
 * apart), so a mail server that is down never fails or slows the run and no reminder's mail is lost.
 * Without {@code MAIL_HOST} nothing is queued: the inbox is then the only channel.
 */
@Component
class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);
    static final int MAX_BACKOFF_MINUTES = 60;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JavaMailSenderImpl sender;
    private final String from;
    private final String baseUrl;

    ReminderMailer(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${par.mail.host:}") String host,
            @Value("${par.mail.port:25}") int port,
            @Value("${par.mail.username:}") String username,
            @Value("${par.mail.password:}") String password,
            @Value("${par.mail.from:}") String from,
            @Value("${par.mail.starttls:false}") boolean starttls,
            @Value("${par.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = from.isBlank() ? "par-steering@localhost" : from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (host.isBlank()) {
            this.sender = null;
        } else {
            JavaMailSenderImpl s = new JavaMailSenderImpl();
            s.setHost(host);
            s.setPort(port);
            s.setDefaultEncoding("UTF-8");
            Properties p = s.getJavaMailProperties();
            if (!username.isBlank()) {
                s.setUsername(username);
                s.setPassword(password);
                p.put("mail.smtp.auth", "true");
            }
            p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
            // A server that does not answer must not hold the sender for long.
            p.put("mail.smtp.connectiontimeout", "5000");
            p.put("mail.smtp.timeout", "10000");
            p.put("mail.smtp.writetimeout", "10000");
            this.sender = s;
        }
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * Queues a mail about each of the reminders to the head(s) of its unit: active accounts with an e-mail
     * address, in their language. Part of the caller's transaction.
     */
    void queue(List<Long> reminderIds, MailKind kind, Timestamp now) {
        if (!enabled()) {
            return;
        }
        for (int i = 0; i < reminderIds.size(); i += 1000) {
            List<Long> chunk = reminderIds.subList(i, Math.min(reminderIds.size(), i + 1000));
            List<Object> args = new ArrayList<>(List.of(kind.name(), now, now));
            args.addAll(chunk);
            jdbc.update("""
                    insert into reminder_mail (reminder_id, kind, recipient, username, locale, status, attempts, next_attempt_at, created_at)
                    select r.id, ?, u.email, u.username, u.locale, 'PENDING', 0, ?, ?
                    from reminder r join app_user u on u.unit_id = r.unit_id
                    where u.role = 'UNIT_HEAD' and u.locked = false and u.email is not null and u.email <> ''
                      and r.id in (""" + "?,".repeat(chunk.size() - 1) + "?)", args.toArray());
        }
    }

    /** Sends the mails that are due; returns how many went out. Failures are recorded and retried later. */
    int sendDue() {
        if (!enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        record Due(long id, long reminderId, String kind, String recipient, String locale, int attempts) {}
        List<Due> due = jdbc.query(
                """
                select id, reminder_id, kind, recipient, locale, attempts from reminder_mail
                where status = 'PENDING' and next_attempt_at <= ? order by id limit 200""",
                (rs, i) -> new Due(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)),
                Timestamp.from(now));
        int sent = 0;
        for (Due d : due) {
            try {
                Reminder r = reminder(d.reminderId());
                Locale locale = Locale.forLanguageTag(d.locale());
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(d.recipient());
                helper.setSubject(subject(r, MailKind.valueOf(d.kind()), locale));
                helper.setText(body(r, MailKind.valueOf(d.kind()), locale), false);
                sender.send(message);
                jdbc.update(
                        "update reminder_mail set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                        Timestamp.from(clock.instant()),
                        d.id());
                jdbc.update(
                        "insert into reminder_event (reminder_id, occurred_at, actor, action, note) values (?, ?, 'system', 'MAILED', ?)",
                        d.reminderId(),
                        Timestamp.from(clock.instant()),
                        d.recipient());
                sent++;
            } catch (Exception e) {
                int attempts = d.attempts() + 1;
                long backoff = Math.min(MAX_BACKOFF_MINUTES, 1L << Math.min(6, attempts - 1));
                log.warn(
                        "Reminder mail {} to {} failed (attempt {}), retry in {} min: {}",
                        d.id(),
                        d.recipient(),
                        attempts,
                        backoff,
                        e.toString());
                String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                jdbc.update(
                        "update reminder_mail set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                        attempts,
                        Timestamp.from(now.plus(Duration.ofMinutes(backoff))),
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        d.id());
            }
        }
        return sent;
    }

    private Reminder reminder(long id) {
        return jdbc.query(ReminderRows.SELECT + " where r.id = ?", ReminderRows.MAPPER, id)
                .getFirst();
    }

    String subject(Reminder r, MailKind kind, Locale locale) {
        return Messages.get(
                locale,
                "reminder.mail.subject." + kind.name(),
                Messages.get(locale, r.rule().messageKey()),
                r.unitName(),
                ReminderTexts.subject(r, locale));
    }

    String body(Reminder r, MailKind kind, Locale locale) {
        return Messages.get(
                locale,
                "reminder.mail.body." + kind.name(),
                r.unitName(),
                Messages.get(locale, r.rule().messageKey()),
                ReminderTexts.describe(r, locale),
                baseUrl + "/reminders?id=" + r.id());
    }
}
