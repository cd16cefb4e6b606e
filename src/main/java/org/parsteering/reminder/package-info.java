/**
 * Reminders (SPEC 4): rules that chase overdue tasks, late dossiers and low digital-signature use, run daily
 * on one node of a cluster and on demand; an inbox with acknowledgement, escalation and closing; e-mail to the
 * unit head through an outbox that retries.
 */
@ApplicationModule(displayName = "Reminders")
package org.parsteering.reminder;

import org.springframework.modulith.ApplicationModule;
