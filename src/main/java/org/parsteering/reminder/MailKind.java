package org.parsteering.reminder;

/** Why a reminder is mailed: it was raised, or it was escalated. */
enum MailKind {
    NEW,
    ESCALATED
}
