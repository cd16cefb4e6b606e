package org.parsteering.reminder;

import org.parsteering.plan.ProgressReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Resolves an assignment's stale-progress reminder as soon as its unit reports (SPEC 4, issue 11 A7). */
@Component
class ProgressListener {

    private final ReminderRunService run;

    ProgressListener(ReminderRunService run) {
        this.run = run;
    }

    /** Runs in the report's transaction: the report and the resolved reminder commit or roll back together. */
    @EventListener
    public void on(ProgressReported event) {
        run.progressReported(event.unitId(), event.taskCode(), event.reportedBy());
    }
}
