package org.parsteering.report;

/** How far a report is: {@code done} of {@code total} steps (reading the figures, writing each part). */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (done, total) -> {};

    void step(int done, int total);
}
