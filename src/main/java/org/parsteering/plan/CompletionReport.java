package org.parsteering.plan;

import java.time.LocalDate;
import java.util.List;

/** Task completion for a period: overall, per PAR field, per unit (worst first). */
public record CompletionReport(
        LocalDate from, LocalDate to, Completion overall, List<Completion> byField, List<Completion> byUnit) {}
