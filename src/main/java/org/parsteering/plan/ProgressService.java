package org.parsteering.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Roles;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on an assignment: a unit head reports progress and (on the lead assignment) completion for
 * their own unit only; the committee and the secretary accept a completion report or return it with a
 * reason. Reports are append-only; every step is in the audit trail.
 */
@Service
@Transactional
public class ProgressService {

    static final String AUDIT_TYPE = "ASSIGNMENT";

    private final AssignmentRepository assignments;
    private final ProgressReportRepository reports;
    private final TaskService taskService;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final EvidenceStore evidenceStore;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(
            AssignmentRepository assignments,
            ProgressReportRepository reports,
            TaskService taskService,
            PlanService plans,
            CurrentUser currentUser,
            AuditService audit,
            EvidenceStore evidenceStore,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.reports = reports;
        this.taskService = taskService;
        this.plans = plans;
        this.currentUser = currentUser;
        this.audit = audit;
        this.evidenceStore = evidenceStore;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's unit's assignments of the current plan, most urgent first (unit heads). */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public List<AssignmentView> myAssignments() {
        long unitId = currentUser.requireUnitId();
        LocalDate today = LocalDate.now(clock);
        return assignments.findForUnit(unitId, plans.requireCurrentPlan().getId()).stream()
                .map(a -> taskService.view(a, today))
                .sorted(java.util.Comparator.comparing((AssignmentView a) -> !a.overdue())
                        .thenComparing(a -> !a.dueSoon())
                        .thenComparing(a -> !a.status().isOpen())
                        .thenComparing(AssignmentView::deadline))
                .toList();
    }

    /** Posts progress (0–100 %) with a note on the caller's own unit's assignment. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public AssignmentView reportProgress(long assignmentId, long version, int percent, String note) {
        return reportProgress(assignmentId, version, percent, note, List.of(), List.of());
    }

    /**
     * Posts progress with evidence: files (PDF, images, office documents; at most 10 MB each, recognised by
     * their content) and links. The report and its evidence are saved together or not at all.
     */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public AssignmentView reportProgress(
            long assignmentId, long version, int percent, String note, List<EvidenceUpload> files, List<String> links) {
        Assignment a = ownAssignment(assignmentId, version);
        List<String> types = checkEvidence(files, links);
        int before = a.getProgress();
        TaskStatus statusBefore = a.getStatus();
        a.reportProgress(percent, clock.instant());
        ProgressReport report = reports.save(new ProgressReport(
                a, ProgressReport.Kind.PROGRESS, percent, trim(note), user().getUsername(), clock.instant()));
        storeEvidence(report, files, types, links);
        reported(a);
        return saved(a, statusBefore, before, "REPORT_PROGRESS");
    }

    /** Reports the lead assignment complete (100 %); the committee then accepts or returns it. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public AssignmentView reportComplete(long assignmentId, long version, String note) {
        return reportComplete(assignmentId, version, note, List.of(), List.of());
    }

    /** Reports the lead assignment complete with its evidence (files and links, checked as for progress). */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public AssignmentView reportComplete(
            long assignmentId, long version, String note, List<EvidenceUpload> files, List<String> links) {
        Assignment a = ownAssignment(assignmentId, version);
        List<String> types = checkEvidence(files, links);
        int before = a.getProgress();
        TaskStatus statusBefore = a.getStatus();
        a.reportComplete(clock.instant(), LocalDate.now(clock));
        ProgressReport report = reports.save(new ProgressReport(
                a, ProgressReport.Kind.COMPLETION, 100, trim(note), user().getUsername(), clock.instant()));
        storeEvidence(report, files, types, links);
        reported(a);
        return saved(a, statusBefore, before, "REPORT_COMPLETE");
    }

    /**
     * An evidence file's description by its public id. Every signed-in user reads the whole plan (SPEC 1), so
     * anyone signed in may read the evidence of any task; the public id, shown only on the task's page, is
     * 128 random bits, so evidence is reached through a task page and never by counting row numbers.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public java.util.Optional<EvidenceView> evidence(String publicId) {
        return evidenceStore.find(publicId);
    }

    /** Streams an evidence file's content to {@code out}, without holding it in memory. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public void writeEvidence(String publicId, java.io.OutputStream out) {
        evidenceStore.copyContent(publicId, out);
    }

    static final int MAX_EVIDENCE = 10;

    private List<String> checkEvidence(List<EvidenceUpload> files, List<String> links) {
        if (files.size() + links.size() > MAX_EVIDENCE) {
            throw new BusinessException("task.error.evidenceTooMany", MAX_EVIDENCE);
        }
        List<String> types = new java.util.ArrayList<>();
        for (EvidenceUpload f : files) {
            if (f.size() > EvidenceTypes.MAX_BYTES) {
                throw new BusinessException(
                        "task.error.evidenceTooBig", f.fileName(), EvidenceTypes.MAX_BYTES / (1024 * 1024));
            }
            try {
                types.add(EvidenceTypes.detect(f.file(), f.fileName())
                        .orElseThrow(() -> new BusinessException("task.error.evidenceType", f.fileName())));
            } catch (java.io.IOException e) {
                throw new BusinessException("task.error.evidenceType", f.fileName());
            }
        }
        for (String link : links) {
            if (link.length() > 1000 || !(link.startsWith("https://") || link.startsWith("http://"))) {
                throw new BusinessException(
                        "task.error.evidenceLink", link.length() > 60 ? link.substring(0, 60) + "…" : link);
            }
        }
        return types;
    }

    private void storeEvidence(
            ProgressReport report, List<EvidenceUpload> files, List<String> types, List<String> links) {
        reports.flush();
        for (int i = 0; i < files.size(); i++) {
            evidenceStore.saveFile(report.getId(), files.get(i), types.get(i));
        }
        for (String link : links) {
            evidenceStore.saveLink(report.getId(), link);
        }
    }

    /**
     * Accepts a completion report: DONE, with a permanent done-late mark after the deadline. The optional comment
     * (blank = none) is kept in the task's history with the acceptance.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public AssignmentView accept(long assignmentId, long version, String comment) {
        Assignment a = assignment(assignmentId, version);
        TaskStatus statusBefore = a.getStatus();
        a.accept(LocalDate.now(clock), clock.instant());
        if (a.isLead()) {
            for (Assignment other : a.getTask().getAssignments()) {
                other.closeWithTask(LocalDate.now(clock), clock.instant());
            }
        }
        reports.save(new ProgressReport(
                a,
                ProgressReport.Kind.ACCEPTED,
                a.getProgress(),
                trim(comment),
                user().getUsername(),
                clock.instant()));
        return saved(a, statusBefore, a.getProgress(), "ACCEPT");
    }

    /** Returns a completion report with a reason the unit sees; the assignment goes back to IN_PROGRESS. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_SECRETARY)
    public AssignmentView returnReport(long assignmentId, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("task.error.returnReason");
        }
        Assignment a = assignment(assignmentId, version);
        TaskStatus statusBefore = a.getStatus();
        a.returnReport(reason.strip(), clock.instant());
        reports.save(new ProgressReport(
                a,
                ProgressReport.Kind.RETURNED,
                a.getProgress(),
                reason.strip(),
                user().getUsername(),
                clock.instant()));
        return saved(a, statusBefore, a.getProgress(), "RETURN");
    }

    /** Tells listeners (the stale-progress reminder) in this transaction that the unit has reported. */
    private void reported(Assignment a) {
        events.publishEvent(
                new ProgressReported(a.getUnit().getId(), a.getTask().getCode(), user().getUsername()));
    }

    private AssignmentView saved(Assignment a, TaskStatus statusBefore, int progressBefore, String action) {
        a.getTask().rollUp(clock.instant());
        assignments.saveAndFlush(a);
        audit.changes(
                        AUDIT_TYPE,
                        a.getTask().getCode() + "/" + a.getUnit().getCode(),
                        a.getUnit().getCode())
                .field("status", statusBefore, a.getStatus())
                .field("progress", progressBefore, a.getProgress())
                .field("returnReason", null, a.getReturnReason())
                .save(action);
        return taskService.view(a, LocalDate.now(clock));
    }

    private Assignment assignment(long id, long version) {
        Assignment a = assignments
                .findWithTask(id)
                .orElseThrow(() -> new BusinessException("task.error.assignmentNotFound", id));
        if (a.getVersion() != version) {
            throw new ConcurrentEditException(audit.lastActor(
                            AUDIT_TYPE,
                            a.getTask().getCode() + "/" + a.getUnit().getCode())
                    .orElse(null));
        }
        // A closed plan's work is history: no report, review or return in it.
        a.getTask().getPlan().requireOpen();
        if (a.getTask().getStatus() == TaskStatus.CANCELLED) {
            throw new BusinessException("task.error.closed", a.getTask().getCode());
        }
        return a;
    }

    /**
     * A unit head may touch only their own unit's assignments, whatever the screen shows, and only while that
     * unit is active: the head of a unit closed by a merger or an abolition can no longer act for it.
     */
    private Assignment ownAssignment(long id, long version) {
        Assignment a = assignment(id, version);
        ParUser me = user();
        if (me.unitId() == null || !me.unitId().equals(a.getUnit().getId())) {
            throw new AccessDeniedException(
                    me.getUsername() + " may not report for " + a.getUnit().getCode());
        }
        currentUser.requireOwnUnitOpen();
        return a;
    }

    private ParUser user() {
        return currentUser.require();
    }

    private static String trim(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String s = note.strip();
        if (s.length() > ProgressReport.NOTE_LENGTH) {
            throw new BusinessException("task.error.noteTooLong", ProgressReport.NOTE_LENGTH);
        }
        return s;
    }
}
