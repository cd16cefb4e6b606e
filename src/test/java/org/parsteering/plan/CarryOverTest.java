package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditEntry;
import org.parsteering.audit.AuditService;
import org.parsteering.audit.ui.AuditFormatter;
import org.parsteering.audit.ui.AuditLine;
import org.parsteering.support.IntegrationTest;
import org.parsteering.support.UnitChangeFixture;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work carried over at a unit change (issue 12): open assignments of the merged units go to the successor with
 * their history kept and marked, one assignment per unit and task, DONE ones stay and count for the successor in
 * the current structure; an abolition without successor leaves its open work listed for the committee. Each test
 * makes its own communes and records the change as the secretary on the test day (15 May 2024).
 */
@Transactional
class CarryOverTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    CompletionService completion;

    @Autowired
    AuditService audit;

    @Autowired
    AuditFormatter formatter;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    UnitChangeService changes;

    @Autowired
    JdbcTemplate jdbc;

    UnitChangeFixture units;
    String a;
    String b;
    String c;
    String n;
    LocalDate today;

    @BeforeEach
    void communes() {
        units = new UnitChangeFixture(unitImport, changes, jdbc);
        String p = unique("CO").toUpperCase(Locale.ROOT);
        a = "XA-" + p + "A";
        b = "XA-" + p + "B";
        c = "XA-" + p + "C";
        n = "XA-" + p + "N";
        today = LocalDate.now(clock);
        as("secretary", () -> units.communes(a, b, c));
        units.head("head." + a.toLowerCase(Locale.ROOT), a);
        units.head("head." + b.toLowerCase(Locale.ROOT), b);
    }

    private TaskDetail task(String lead, String... coordinating) {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("CO-"));
        d.setTitle("Carry-over task");
        d.setFieldCode("CPDT");
        d.setDeadline(today.plusDays(30));
        d.setLeadUnitCode(lead);
        d.setCoordinatingUnitCodes(Set.of(coordinating));
        return as("committee", () -> tasks.create(d));
    }

    private AssignmentView of(TaskDetail t, String unit) {
        return t.assignments().stream()
                .filter(x -> x.unitCode().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError(unit + " has no assignment on " + t.code()));
    }

    private TaskDetail reload(TaskDetail t) {
        return as("committee", () -> tasks.detail(t.code()).orElseThrow());
    }

    private void report(TaskDetail t, String unit, int percent) {
        AssignmentView x = of(reload(t), unit);
        as("head." + unit.toLowerCase(Locale.ROOT), () -> {
            progress.reportProgress(x.id(), x.version(), percent, "work of " + unit);
        });
    }

    private List<AuditLine> changeLines(TaskDetail t, Locale locale) {
        List<AuditEntry> entries = new ArrayList<>(audit.history("TASK", t.code(), 100));
        for (AssignmentView x : reload(t).assignments()) {
            entries.addAll(audit.history("ASSIGNMENT", t.code() + "/" + x.unitCode(), 100));
        }
        return as("committee", () -> formatter.lines(entries, locale));
    }

    @Test
    void an_open_lead_assignment_moves_to_the_new_successor_with_its_history_kept_and_marked() {
        TaskDetail t = task(a, c);
        report(t, a, 40);

        as("secretary", () -> units.merge(today, n, a, b));

        TaskDetail after = reload(t);
        AssignmentView moved = of(after, n);
        assertThat(moved.lead()).isTrue();
        assertThat(moved.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(moved.progress()).isEqualTo(40);
        assertThat(moved.deadline()).isEqualTo(t.deadline());
        AssignmentView old = of(after, a);
        assertThat(old.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(old.lead()).isFalse();
        assertThat(after.assignments().stream().filter(AssignmentView::lead)).hasSize(1);
        assertThat(after.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(40);
        assertThat(after.toDraft().getLeadUnitCode()).isEqualTo(n);
        assertThat(after.toDraft().getCoordinatingUnitCodes()).containsExactly(c);
        // the report the closed unit posted stays its own; the successor's history starts with the take-over
        assertThat(after.history())
                .extracting(ReportView::unitCode, ReportView::kind, ReportView::percent)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(a, "PROGRESS", 40),
                        org.assertj.core.groups.Tuple.tuple(n, "TAKEN_OVER", 40));

        // marked in the task page's change history, in both languages
        assertThat(changeLines(t, Locale.ENGLISH))
                .extracting(AuditLine::change)
                .contains(
                        "taken over from Xã " + a + " on 15 May 2024 (" + UnitChangeFixture.BASIS + ")",
                        "taken over by Xã " + n + " on 15 May 2024 (" + UnitChangeFixture.BASIS + ")",
                        "Xã " + a + " → Xã " + n);
        assertThat(changeLines(t, Locale.forLanguageTag("vi")))
                .extracting(AuditLine::change)
                .contains(
                        "tiếp nhận từ Xã " + a + " ngày 15/05/2024 (" + UnitChangeFixture.BASIS + ")",
                        "do Xã " + n + " tiếp nhận ngày 15/05/2024 (" + UnitChangeFixture.BASIS + ")");

        // the task stays editable: the closed unit's assignment is history, not a unit to keep
        TaskDraft draft = after.toDraft();
        draft.setTitle("Carry-over task, edited");
        TaskDetail edited = as("committee", () -> tasks.update(draft, null));
        assertThat(edited.title()).isEqualTo("Carry-over task, edited");
        assertThat(of(edited, a).status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void two_merged_units_on_the_same_task_leave_one_successor_assignment_at_the_higher_progress() {
        TaskDetail t = task(c, a, b);
        report(t, a, 30);
        report(t, b, 60);

        as("secretary", () -> units.merge(today, n, a, b));

        TaskDetail after = reload(t);
        assertThat(after.assignments().stream().filter(x -> x.unitCode().equals(n)))
                .hasSize(1);
        AssignmentView merged = of(after, n);
        assertThat(merged.lead()).isFalse();
        assertThat(merged.progress()).isEqualTo(60);
        assertThat(merged.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(of(after, a).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(of(after, b).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(of(after, c).lead()).isTrue();
    }

    @Test
    void a_successor_that_already_coordinated_the_task_takes_the_lead_instead_of_a_second_assignment() {
        // b continues (the successor is one of the merged units) and already coordinates the task a leads
        TaskDetail t = task(a, b);
        report(t, a, 20);

        as("secretary", () -> units.merge(today, b, a, b));

        TaskDetail after = reload(t);
        assertThat(after.assignments()).hasSize(2);
        AssignmentView kept = of(after, b);
        assertThat(kept.lead()).isTrue();
        assertThat(kept.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(kept.progress()).isEqualTo(20);
        assertThat(of(after, a).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(after.toDraft().getLeadUnitCode()).isEqualTo(b);
        // the head of b acts on it at once; the head of the closed unit a no longer can
        AssignmentView x = kept;
        as("head." + b.toLowerCase(Locale.ROOT), () -> {
            progress.reportProgress(x.id(), x.version(), 50, "carried on");
        });
        assertThat(of(reload(t), b).progress()).isEqualTo(50);
    }

    @Test
    void done_assignments_stay_with_the_closed_unit_and_count_for_the_successor_in_the_current_structure() {
        TaskDetail t = task(a);
        AssignmentView lead = of(t, a);
        as("head." + a.toLowerCase(Locale.ROOT), () -> {
            progress.reportComplete(lead.id(), lead.version(), "done");
        });
        AssignmentView completed = of(reload(t), a);
        as("committee", () -> {
            progress.accept(completed.id(), completed.version(), null);
        });

        as("secretary", () -> units.merge(today, n, a, b));

        TaskDetail after = reload(t);
        assertThat(after.assignments()).extracting(AssignmentView::unitCode).containsExactly(a);
        assertThat(of(after, a).status()).isEqualTo(TaskStatus.DONE);
        assertThat(after.status()).isEqualTo(TaskStatus.DONE);

        LocalDate from = today.withDayOfMonth(1);
        LocalDate to = today.plusMonths(3);
        CompletionReport current = as("committee", () -> completion.completion(from, to, null, Locale.ENGLISH));
        assertThat(current.byUnit()).extracting(Completion::key).contains(n).doesNotContain(a);
        Completion ofN = current.byUnit().stream()
                .filter(x -> x.key().equals(n))
                .findFirst()
                .orElseThrow();
        assertThat(ofN.total()).isEqualTo(1);
        assertThat(ofN.done()).isEqualTo(1);
        // a closed unit asked for by code is reported as the unit that carries it on
        CompletionReport byOldCode = as("committee", () -> completion.completion(from, to, a, Locale.ENGLISH));
        assertThat(byOldCode.byUnit()).extracting(Completion::key).containsExactly(n);
        assertThat(byOldCode.overall().done()).isEqualTo(1);
        // the historical structure keeps it with the unit that did it
        CompletionReport historical =
                as("committee", () -> completion.completion(from, to, null, Locale.ENGLISH, Structure.HISTORICAL));
        assertThat(historical.byUnit()).extracting(Completion::key).contains(a).doesNotContain(n);
        assertThat(historical.overall().total()).isEqualTo(current.overall().total());
    }

    @Test
    void an_abolition_without_successor_leaves_the_open_work_on_the_closed_unit_listed_for_the_committee() {
        TaskDetail t = task(a, c);
        report(t, a, 10);
        assertThat(as("committee", () -> tasks.openOnClosedUnits()))
                .extracting(AssignmentView::taskCode)
                .doesNotContain(t.code());

        as("secretary", () -> units.abolish(today, a));

        TaskDetail after = reload(t);
        assertThat(of(after, a).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(of(after, a).lead()).isTrue();
        List<AssignmentView> listed = as("committee", () -> tasks.openOnClosedUnits());
        assertThat(listed)
                .filteredOn(x -> x.taskCode().equals(t.code()))
                .extracting(AssignmentView::unitCode)
                .containsExactly(a);
        assertThat(as("inspector", () -> tasks.openOnClosedUnits())).isEqualTo(listed);

        // the committee gives the work to another unit: the closed unit's assignment is closed, the list empties
        TaskDraft draft = after.toDraft();
        draft.setLeadUnitCode(c);
        draft.setCoordinatingUnitCodes(Set.of());
        TaskDetail reassigned = as("committee", () -> tasks.update(draft, null));
        assertThat(of(reassigned, a).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(of(reassigned, c).lead()).isTrue();
        assertThat(as("committee", () -> tasks.openOnClosedUnits()))
                .extracting(AssignmentView::taskCode)
                .doesNotContain(t.code());
    }
}
