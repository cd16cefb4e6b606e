package org.parsteering.reminder;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parsteering.base.Formats;
import org.parsteering.base.Messages;
import org.parsteering.base.Period;

/** What a reminder says, in the reader's language: for the inbox, the API and the e-mail alike. */
public final class ReminderTexts {

    private ReminderTexts() {}

    /** One sentence with the facts: the task and its deadline, the late dossiers, or the rate against its base. */
    public static String describe(Reminder r, Locale locale) {
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        String deadline = r.deadline() == null
                ? ""
                : r.deadline()
                        .format(DateTimeFormatter.ofPattern(
                                isVietnamese(locale) ? "dd/MM/yyyy" : "d MMM yyyy", locale));
        String rate = "—";
        if (r.denominator() != null && r.denominator() > 0) {
            NumberFormat p = NumberFormat.getNumberInstance(locale);
            p.setMinimumFractionDigits(1);
            p.setMaximumFractionDigits(r.denominator() > 1000 ? 2 : 1);
            rate = p.format(100.0 * r.numerator() / r.denominator()) + " %";
        }
        return switch (r.rule()) {
            case TASK_DUE_SOON, TASK_OVERDUE, TASK_STALE ->
                Messages.get(locale, "reminder.text." + r.rule().name(), r.subject(), r.title(), deadline);
            case LATE_DOSSIERS -> {
                String overdue = r.itemCount() == null || r.itemCount() == 0
                        ? ""
                        : Messages.get(
                                locale,
                                r.itemCount() == 1
                                        ? "reminder.text.LATE_DOSSIERS.overdueOne"
                                        : "reminder.text.LATE_DOSSIERS.overdue",
                                n.format(r.itemCount()),
                                codes(r, locale));
                String onTime = r.denominator() == null || r.denominator() == 0
                        ? ""
                        : Messages.get(
                                locale,
                                "reminder.text.LATE_DOSSIERS.onTime",
                                quarter(r.subject(), locale),
                                rate,
                                n.format(r.numerator()),
                                n.format(r.denominator()));
                yield (overdue + " " + onTime).strip();
            }
            case LOW_SIGNATURE_USE ->
                Messages.get(
                        locale,
                        "reminder.text.LOW_SIGNATURE_USE",
                        month(r.subject()),
                        rate,
                        n.format(r.numerator()),
                        n.format(r.denominator()));
            case SELF_ASSESSMENT_DUE, APPRAISAL_DUE ->
                Messages.get(
                        locale,
                        "reminder.text." + r.rule().name(),
                        r.subject().replace("/", " "),
                        deadline,
                        n.format(r.numerator() == null ? 0 : r.numerator()),
                        n.format(r.denominator() == null ? 0 : r.denominator()));
            case LOW_DIGITISATION, LOW_ONLINE_PAYMENT ->
                Messages.get(
                        locale,
                        "reminder.text." + r.rule().name(),
                        quarter(r.subject(), locale),
                        rate,
                        n.format(r.numerator()),
                        n.format(r.denominator()));
        };
    }

    /**
     * A note of a reminder's history in the reader's language: a note of the rule run or of a unit change is a
     * message key ({@code reminder.note.…}), optionally followed by {@code :} and its arguments separated by
     * {@code |} (an ISO date among them is written as the reader writes dates); anything else is a person's note,
     * shown as it was written.
     */
    public static String note(String note, Locale locale) {
        if (note == null) {
            return "";
        }
        if (!note.startsWith("reminder.note.")) {
            return note;
        }
        int colon = note.indexOf(':');
        if (colon < 0) {
            return Messages.get(locale, note);
        }
        String[] parts = note.substring(colon + 1).split("\\|", -1);
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            args[i] = parts[i];
            try {
                args[i] = Formats.date(java.time.LocalDate.parse(parts[i]), locale);
            } catch (java.time.format.DateTimeParseException e) {
                // not a date: the argument as it is
            }
        }
        return Messages.get(locale, note.substring(0, colon), args);
    }

    /** The listed dossier codes, and how many more there are ("A, B and 18 more"), never "A, B, …." */
    private static String codes(Reminder r, Locale locale) {
        String listed = String.join(", ", r.codes());
        long more = r.itemCount() - r.codes().size();
        return more > 0
                ? Messages.get(
                        locale,
                        "reminder.text.andMore",
                        listed,
                        NumberFormat.getIntegerInstance(locale).format(more))
                : listed;
    }

    /** The subject as a reader names it: the task code, "Q2 2024" or "04/2024". */
    public static String subject(Reminder r, Locale locale) {
        if (r.rule().isTaskRule() || r.rule().isIndexRule()) {
            return r.subject().replace("/", " ");
        }
        return r.rule() == ReminderRule.LOW_SIGNATURE_USE ? month(r.subject()) : quarter(r.subject(), locale);
    }

    private static String quarter(String subject, Locale locale) {
        return Period.parse(subject).map(p -> p.label(locale)).orElse(subject);
    }

    private static String month(String subject) {
        return Period.parse(subject).map(p -> p.label(Locale.ROOT)).orElse(subject);
    }

    static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }
}
