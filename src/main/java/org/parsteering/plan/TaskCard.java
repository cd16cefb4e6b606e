package org.parsteering.plan;

import java.time.LocalDate;

/** A task on the board: enough for a card or a grid row, with the badges derived from the clock. */
public record TaskCard(
        long id,
        String code,
        String title,
        String fieldCode,
        int fieldPosition,
        String leadUnitCode,
        String leadUnitName,
        LocalDate deadline,
        TaskStatus status,
        int progress,
        Priority priority,
        boolean overdue,
        boolean dueSoon,
        boolean doneLate) {}
