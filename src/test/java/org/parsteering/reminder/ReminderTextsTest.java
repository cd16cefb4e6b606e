package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Messages;

/**
 * What every reminder says, in both languages, reads as one clean sentence: no doubled punctuation ("..",
 * ". .", ":.", "…." and the like) whatever the facts — a title that ends in a full stop, a list of dossier
 * codes cut short, both late-dossier sentences at once — nor in any reminder message of the translation files.
 */
class ReminderTextsTest {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

    /** Two punctuation marks in a row, with or without a space between (a decimal point has digits around it). */
    static final Pattern DOUBLED = Pattern.compile("[.,:;!?…]\\s*[.,:;!?]|\\s[.,:;!?]");

    private static Reminder reminder(
            ReminderRule rule, String subject, String title, Long num, Long den, Long items, List<String> codes) {
        return new Reminder(
                1,
                0,
                rule,
                "XA-A",
                "Xã A",
                subject,
                rule.severity(),
                ReminderState.OPEN,
                title,
                rule.isTaskRule() || rule.isIndexRule() ? LocalDate.of(2024, 5, 14) : null,
                num,
                den,
                items,
                codes,
                Instant.parse("2024-05-15T02:00:00Z"),
                null,
                null,
                null,
                null,
                null);
    }

    static List<Reminder> everyRule() {
        List<Reminder> all = new ArrayList<>();
        for (ReminderRule rule : ReminderRule.values()) {
            switch (rule) {
                case TASK_DUE_SOON, TASK_OVERDUE, TASK_STALE -> {
                    all.add(reminder(rule, "2026-TTHC-01", "Rà soát thủ tục hành chính", null, null, null, List.of()));
                    all.add(reminder(rule, "2026-TTHC-02", "Công bố danh mục TTHC.", null, null, null, List.of()));
                }
                case LATE_DOSSIERS -> {
                    all.add(reminder(rule, "2024-Q2", null, 9L, 10L, 0L, List.of()));
                    all.add(reminder(rule, "2024-Q2", null, null, null, 2L, List.of("HS-1", "HS-2")));
                    all.add(reminder(rule, "2024-Q2", null, 90L, 100L, 25L, List.of("HS-1", "HS-2", "HS-3")));
                }
                case LOW_SIGNATURE_USE -> all.add(reminder(rule, "2024-04", null, 89L, 100L, null, List.of()));
                case LOW_DIGITISATION, LOW_ONLINE_PAYMENT ->
                    all.add(reminder(rule, "2024-Q2", null, 1234L, 2000L, null, List.of()));
                case SELF_ASSESSMENT_DUE, APPRAISAL_DUE ->
                    all.add(reminder(rule, "PARINDEX-2024/2024", "Bộ Chỉ số CCHC", 12L, 49L, null, List.of()));
            }
        }
        return all;
    }

    @Test
    void the_rendered_text_of_every_rule_has_no_doubled_punctuation_in_either_language() {
        for (Locale locale : LOCALES) {
            for (Reminder r : everyRule()) {
                String text = ReminderTexts.describe(r, locale);
                assertThat(text).as(r.rule() + " in " + locale).isNotBlank().doesNotContainPattern(DOUBLED);
                assertThat(text)
                        .as(r.rule() + " in " + locale)
                        .doesNotContain("{")
                        .endsWith(".");
            }
        }
    }

    @Test
    void one_late_dossier_is_one_dossier_in_english() {
        Reminder late = reminder(ReminderRule.LATE_DOSSIERS, "2024-Q2", null, null, null, 1L, List.of("HS-1"));
        assertThat(ReminderTexts.describe(late, Locale.ENGLISH))
                .isEqualTo("1 dossier pending past its due date: HS-1.");
        assertThat(ReminderTexts.describe(late, Locale.forLanguageTag("vi")))
                .isEqualTo("1 hồ sơ đang giải quyết đã quá hạn: HS-1.");
    }

    @Test
    void a_cut_list_of_dossier_codes_says_how_many_more_there_are() {
        Reminder late = reminder(ReminderRule.LATE_DOSSIERS, "2024-Q2", null, null, null, 25L, List.of("HS-1", "HS-2"));
        assertThat(ReminderTexts.describe(late, Locale.ENGLISH))
                .isEqualTo("25 dossiers pending past their due date: HS-1, HS-2 and 23 more.");
        assertThat(ReminderTexts.describe(late, Locale.forLanguageTag("vi")))
                .isEqualTo("25 hồ sơ đang giải quyết đã quá hạn: HS-1, HS-2 và 23 hồ sơ khác.");
    }

    @Test
    void no_reminder_message_of_the_translation_files_doubles_its_punctuation() throws IOException {
        for (String file : List.of("translations.properties", "translations_vi.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Locale locale = file.contains("_vi") ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("reminder.") || key.startsWith("reminders.")) {
                    String text = Messages.get(locale, key, "A", "B", "C", "D", "E");
                    assertThat(text).as(key + " in " + file).doesNotContainPattern(DOUBLED);
                }
            }
        }
    }
}
