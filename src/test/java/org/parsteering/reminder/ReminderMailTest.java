package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail against a real SMTP server (GreenMail) started by the test: a new reminder is mailed to the unit head
 * in their language; with the server down the rule run completes and the mail goes out once it is back.
 */
@Transactional
class ReminderMailTest extends IntegrationTest {

    static final int PORT = freePort();

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    GreenMail smtp;

    /** The service as a node with MAIL_HOST set would build it (the shared test context runs without mail). */
    ReminderRunService reminders;

    ReminderMailer mailer;

    @Autowired
    ReminderRules rules;

    @Autowired
    org.parsteering.settings.SettingsService settings;

    @Autowired
    org.parsteering.security.CurrentUser currentUser;

    @Autowired
    NodeName node;

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;

    @org.junit.jupiter.api.BeforeEach
    void mailingNode() {
        mailer = new ReminderMailer(
                jdbc, clock, "127.0.0.1", PORT, "", "", "cchc@doluong.example", false, "https://cchc.doluong.example");
        reminders = new ReminderRunService(named, rules, settings, mailer, clock, node);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void data() {
        as("secretary", () -> ReminderTestData.load(context));
        // Mail only what this test raises: the demo's earlier mails are not this test's business.
        jdbc.update("update reminder_mail set status = 'SENT' where status = 'PENDING'");
    }

    private List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void a_new_reminder_is_mailed_to_the_unit_head_in_their_language() throws Exception {
        startSmtp();
        data();
        as("committee", () -> reminders.runChecks());
        int sent = mailer.sendDue();
        assertThat(sent).isGreaterThanOrEqualTo(7);
        List<MimeMessage> mails = to("head.rma@example.org");
        assertThat(mails).hasSize(7);
        MimeMessage signature = mails.stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains("Tỷ lệ ký số thấp");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(signature.getSubject()).isEqualTo("[CCHC] Tỷ lệ ký số thấp: Xã Nhắc A — 04/2024");
        assertThat(signature.getFrom()[0].toString()).isEqualTo("cchc@doluong.example");
        String body = signature.getContent().toString();
        assertThat(body)
                .contains("Kính gửi Thủ trưởng Xã Nhắc A")
                .contains("89,0 % (89 / 100 văn bản được ký số)")
                .contains("https://cchc.doluong.example/reminders?id=");
        // sent once: nothing is due any more
        assertThat(mailer.sendDue()).isZero();
    }

    @Test
    void with_the_mail_server_down_the_run_completes_and_the_mail_goes_out_when_it_is_back() throws Exception {
        data();
        RunResult result = as("committee", () -> reminders.runChecks());
        assertThat(result.raised()).isGreaterThanOrEqualTo(7);
        assertThat(mailer.sendDue()).isZero();
        long failed = jdbc.queryForObject(
                "select count(*) from reminder_mail where recipient = 'head.rma@example.org' and status = 'PENDING'"
                        + " and attempts = 1 and last_error is not null",
                Long.class);
        assertThat(failed).isEqualTo(7);

        startSmtp();
        // not before the retry time
        assertThat(mailer.sendDue()).isZero();
        clock.set(TestClockConfig.START.plus(Duration.ofMinutes(2)));
        // at least these 7: a mail that an earlier test in the same JVM left waiting for its retry goes out too
        assertThat(mailer.sendDue()).isGreaterThanOrEqualTo(7);
        assertThat(to("head.rma@example.org")).hasSize(7);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder_event e join reminder r on r.id = e.reminder_id"
                                + " join unit u on u.id = r.unit_id where u.code = 'XA-RMA' and e.action = 'MAILED'",
                        Long.class))
                .isEqualTo(7);
    }
}
