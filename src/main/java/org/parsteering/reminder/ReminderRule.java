package org.parsteering.reminder;

/** The rules of SPEC 4, each with the severity of what it raises. */
public enum ReminderRule {
    TASK_DUE_SOON(Severity.INFO),
    TASK_OVERDUE(Severity.CRITICAL),
    TASK_STALE(Severity.WARNING),
    LATE_DOSSIERS(Severity.WARNING),
    LOW_SIGNATURE_USE(Severity.WARNING),
    LOW_DIGITISATION(Severity.WARNING),
    LOW_ONLINE_PAYMENT(Severity.WARNING),
    SELF_ASSESSMENT_DUE(Severity.WARNING),
    APPRAISAL_DUE(Severity.INFO);

    private final Severity severity;

    ReminderRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isTaskRule() {
        return name().startsWith("TASK_");
    }

    /** A rule of the index rounds (SPEC 3a): its subject is the round, {@code SET/year}. */
    public boolean isIndexRule() {
        return this == SELF_ASSESSMENT_DUE || this == APPRAISAL_DUE;
    }

    public String messageKey() {
        return "reminder.rule." + name();
    }
}
