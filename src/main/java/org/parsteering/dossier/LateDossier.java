package org.parsteering.dossier;

import java.time.LocalDate;

/** A dossier not handled on time in a period: completed after its due date, or pending past it at the end. */
public record LateDossier(
        String code,
        String procedureCode,
        String procedureName,
        Channel channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate completedOn,
        long daysLate) {}
