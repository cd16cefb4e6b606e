package org.parsteering.plan;

import java.time.LocalDate;
import java.util.List;

/** Everything the task page shows. */
public record TaskDetail(
        long id,
        long version,
        String code,
        String title,
        String description,
        String expectedOutput,
        String evidenceRequired,
        FieldSummary field,
        LocalDate startDate,
        LocalDate deadline,
        Priority priority,
        TaskStatus status,
        int progress,
        String indexCriterion,
        String cancelReason,
        String planCode,
        boolean planClosed,
        boolean overdue,
        boolean dueSoon,
        List<AssignmentView> assignments,
        List<ReportView> history) {

    /** The draft an editor starts from. */
    public TaskDraft toDraft() {
        TaskDraft d = new TaskDraft();
        d.setId(id);
        d.setVersion(version);
        d.setCode(code);
        d.setTitle(title);
        d.setDescription(description);
        d.setExpectedOutput(expectedOutput);
        d.setEvidenceRequired(evidenceRequired);
        d.setFieldCode(field.code());
        d.setStartDate(startDate);
        d.setDeadline(deadline);
        d.setPriority(priority);
        d.setIndexCriterion(indexCriterion);
        assignments.stream().filter(AssignmentView::lead).findFirst().ifPresent(a -> d.setLeadUnitCode(a.unitCode()));
        d.setCoordinatingUnitCodes(new java.util.LinkedHashSet<>(assignments.stream()
                .filter(a -> !a.lead())
                // an assignment closed as taken over at a unit change is history, not a unit to keep assigning
                .filter(a -> a.status() != TaskStatus.CANCELLED)
                .map(AssignmentView::unitCode)
                .toList()));
        return d;
    }
}
