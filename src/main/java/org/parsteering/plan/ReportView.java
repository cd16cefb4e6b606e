package org.parsteering.plan;

import java.time.Instant;

/** One entry of a task's progress history. */
public record ReportView(
        long id,
        String unitCode,
        String kind,
        int percent,
        String note,
        String reportedBy,
        Instant reportedAt,
        java.util.List<EvidenceView> evidence) {}
