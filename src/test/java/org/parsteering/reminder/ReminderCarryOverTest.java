package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.ProcedureImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.support.IntegrationTest;
import org.parsteering.support.UnitChangeFixture;
import org.parsteering.unit.UnitChangeService;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders across a unit change (issue 12): the merged units' unresolved reminders are resolved with a note
 * naming the successor, the date and the legal basis, and the next run raises them against the successor, whose
 * current-structure figures and carried-over assignments hold the closed units' work; closed units raise nothing.
 * The test day is 15 May 2024: Q2 2024, last complete month April 2024.
 */
@Transactional
class ReminderCarryOverTest extends IntegrationTest {

    @Autowired
    ReminderRunService run;

    @Autowired
    ReminderService reminders;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    UnitChangeService changes;

    @Autowired
    ProcedureImportService procedures;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureImportService signatures;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    JdbcTemplate jdbc;

    UnitChangeFixture units;
    String a;
    String b;
    String n;
    String task;
    String prefix;
    LocalDate today;

    @BeforeEach
    void data() {
        units = new UnitChangeFixture(unitImport, changes, jdbc);
        String p = unique("RC").toUpperCase(Locale.ROOT);
        prefix = p;
        a = "XA-" + p + "A";
        b = "XA-" + p + "B";
        n = "XA-" + p + "N";
        task = "RC-" + p;
        today = LocalDate.now(clock);
        as("secretary", () -> {
            units.communes(a, b);
            procedures.importFile(
                    utf8("procedure_code,name,level,online_level,fee_required\n" + p + "-P,Thủ tục,COMMUNE,FULL,N\n"),
                    "p.csv");
            // a: one dossier pending past its due date (14 May), and a low signature rate in April (80 of 100)
            dossiers.importFile(
                    utf8("dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
                            + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n"
                            + p + "-D1," + a + "," + p + "-P,ONLINE,2024-05-01,2024-05-14,,FULL,,,N,N\n"),
                    "d.csv");
            signatures.importFile(
                    utf8("unit_code,month,documents_issued,documents_signed\n" + a + ",2024-04,100,80\n"), "s.csv");
            // a leads a task overdue since yesterday
            taskImport.importFile(
                    utf8("task_code,title,field,lead_unit,deadline\n" + task + ",Quá hạn," + "TTHC," + a
                            + ",2024-05-14\n"),
                    "t.csv");
        });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Reminder> active(String unit) {
        return as(
                "committee",
                () -> reminders.inbox(new ReminderFilter(EnumSet.noneOf(ReminderState.class), null, unit), 0, 100));
    }

    private List<Reminder> resolved(String unit) {
        return as(
                "committee",
                () -> reminders.inbox(new ReminderFilter(EnumSet.of(ReminderState.RESOLVED), null, unit), 0, 100));
    }

    @Test
    void a_merger_resolves_the_predecessors_reminders_with_a_note_and_the_next_run_raises_them_against_the_successor() {
        as("secretary", () -> run.runChecks());
        assertThat(active(a))
                .extracting(Reminder::rule)
                .contains(ReminderRule.LATE_DOSSIERS, ReminderRule.LOW_SIGNATURE_USE, ReminderRule.TASK_OVERDUE);
        Reminder late = active(a).stream()
                .filter(r -> r.rule() == ReminderRule.LATE_DOSSIERS)
                .findFirst()
                .orElseThrow();
        // one escalated by the committee: it is resolved all the same
        as("committee", () -> reminders.escalate(late.id(), late.version(), null));

        as("secretary", () -> units.merge(today, n, a, b));

        assertThat(active(a)).isEmpty();
        assertThat(resolved(a))
                .extracting(Reminder::rule)
                .contains(ReminderRule.LATE_DOSSIERS, ReminderRule.LOW_SIGNATURE_USE, ReminderRule.TASK_OVERDUE);
        List<ReminderEvent> history = as("committee", () -> reminders.history(late.id()));
        ReminderEvent last = history.get(history.size() - 1);
        assertThat(last.action()).isEqualTo("RESOLVED");
        assertThat(last.actor()).isEqualTo("secretary");
        assertThat(ReminderTexts.note(last.note(), Locale.ENGLISH))
                .isEqualTo("The unit was merged into Xã " + n + " on 15 May 2024 (" + UnitChangeFixture.BASIS
                        + "): the next check raises what is still due against Xã " + n + ".");
        assertThat(ReminderTexts.note(last.note(), Locale.forLanguageTag("vi")))
                .startsWith("Đơn vị đã sáp nhập vào Xã " + n + " từ ngày 15/05/2024 (" + UnitChangeFixture.BASIS + ")");

        as("secretary", () -> run.runChecks());

        assertThat(active(a)).isEmpty();
        List<Reminder> successor = active(n);
        assertThat(successor)
                .extracting(Reminder::rule)
                .contains(ReminderRule.LATE_DOSSIERS, ReminderRule.LOW_SIGNATURE_USE, ReminderRule.TASK_OVERDUE);
        Reminder lateOfN = successor.stream()
                .filter(r -> r.rule() == ReminderRule.LATE_DOSSIERS)
                .findFirst()
                .orElseThrow();
        assertThat(lateOfN.codes()).containsExactly(prefix + "-D1");
        assertThat(lateOfN.itemCount()).isEqualTo(1);
        Reminder signaturesOfN = successor.stream()
                .filter(r -> r.rule() == ReminderRule.LOW_SIGNATURE_USE)
                .findFirst()
                .orElseThrow();
        assertThat(signaturesOfN.numerator()).isEqualTo(80);
        assertThat(signaturesOfN.denominator()).isEqualTo(100);
        assertThat(successor)
                .filteredOn(r -> r.rule() == ReminderRule.TASK_OVERDUE)
                .extracting(Reminder::subject)
                .containsExactly(task);
    }

    @Test
    void an_abolished_unit_without_successor_has_its_reminders_resolved_and_raises_nothing_afterwards() {
        as("secretary", () -> run.runChecks());
        assertThat(active(a)).isNotEmpty();

        as("secretary", () -> units.abolish(today, a));

        assertThat(active(a)).isEmpty();
        Reminder one = resolved(a).get(0);
        List<ReminderEvent> history = as("committee", () -> reminders.history(one.id()));
        assertThat(ReminderTexts.note(history.get(history.size() - 1).note(), Locale.ENGLISH))
                .isEqualTo("The unit was abolished on 15 May 2024 (" + UnitChangeFixture.BASIS + ").");

        as("secretary", () -> run.runChecks());
        // its task is still open on it (listed for the committee) and its dossier still overdue: no reminder
        assertThat(active(a)).isEmpty();
    }
}
