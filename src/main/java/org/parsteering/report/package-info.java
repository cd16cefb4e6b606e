/**
 * The quarterly PAR report (SPEC 6 "Reports"): the committee's spreadsheet and meeting brief for a quarter, as
 * XLSX (one sheet per topic, real numbers, dates and formulas) and PDF (a one-page summary, then the tables).
 * It computes nothing itself: every number is read from the services behind the screens — completion from
 * {@code plan.CompletionService}, the figures and late dossiers from {@code dossier.FigureService}, signature
 * rates from {@code dossier.SignatureService}, reminders from {@code reminder.ReminderService} and thresholds
 * from {@code settings.SettingsService} — so the report and the screens always agree.
 */
@ApplicationModule(displayName = "Quarterly report")
package org.parsteering.report;

import org.springframework.modulith.ApplicationModule;
