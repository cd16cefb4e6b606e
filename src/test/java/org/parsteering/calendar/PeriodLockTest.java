package org.parsteering.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Messages;
import org.parsteering.base.Period;
import org.parsteering.base.PeriodLockedException;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.dossier.SignatureService;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.RoundSummary;
import org.parsteering.plan.TaskDetail;
import org.parsteering.plan.TaskDraft;
import org.parsteering.plan.TaskImportService;
import org.parsteering.plan.TaskService;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitChangeKind;
import org.parsteering.unit.UnitChangeRequest;
import org.parsteering.unit.UnitChangeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locked periods (SPEC 4a), on the tests' clock (15 May 2024): the lock's own rules, then every path that writes
 * something dated — the dossier, signature and task imports, a signature entry, a task's deadline, units and
 * cancellation, a unit change, an assessment round — refused inside a locked period with nothing written, and
 * allowed just outside it.
 */
@Transactional
class PeriodLockTest extends IntegrationTest {

    static final Period Q1 = Period.quarter(2024, 1);
    static final String DOSSIER_HEADER = "dossier_code,unit_code,procedure_code,channel,received_on,due_on,"
            + "completed_on,components_digitized,result_digitized,result_signed,fee_required,paid_online\n";

    @Autowired
    PeriodLockService locks;

    @Autowired
    PeriodLocks check;

    @Autowired
    SignatureService signatures;

    @Autowired
    SignatureImportService signatureImport;

    @Autowired
    DossierImportService dossierImport;

    @Autowired
    TaskService tasks;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    UnitChangeService unitChanges;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    String procedure;

    @BeforeEach
    void catalogue() {
        procedure = jdbc.queryForObject("select min(code) from admin_procedure", String.class);
    }

    PeriodLock lock(Period p) {
        return as("secretary", () -> locks.lock(p));
    }

    // ---------------------------------------------------------------- the lock itself

    @Test
    void only_an_ended_month_or_quarter_can_be_locked_once_and_a_quarter_takes_in_its_months() {
        assertThatThrownBy(() -> lock(Period.year(2023))).hasFieldOrPropertyWithValue("messageKey", "lock.error.kind");
        assertThatThrownBy(() -> lock(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10))))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.kind");
        // 15 May 2024: the second quarter and May are not over
        assertThatThrownBy(() -> lock(Period.quarter(2024, 2)))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.notEnded");
        assertThatThrownBy(() -> lock(Period.month(YearMonth.of(2024, 5))))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.notEnded");
        assertThat(as("inspector", () -> locks.locks())).isEmpty();

        PeriodLock feb = lock(Period.month(YearMonth.of(2024, 2)));
        assertThat(feb.lockedBy()).isEqualTo("secretary");
        assertThat(feb.lockedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> lock(Period.month(YearMonth.of(2024, 2))))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.already");

        lock(Q1);
        assertThat(as("committee", () -> locks.locks()))
                .extracting(PeriodLock::period)
                .containsExactly(Q1);
        assertThatThrownBy(() -> lock(Period.month(YearMonth.of(2024, 3))))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.already");
        assertThat(as("head.baison", () -> locks.lockOf(Period.month(YearMonth.of(2024, 3)))))
                .map(PeriodLock::period)
                .contains(Q1);
        assertThat(as("head.baison", () -> locks.lockOf(Period.quarter(2024, 2))))
                .isEmpty();
        assertThat(audit.history(PeriodLockService.AUDIT_TYPE, "2024-Q1", 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("LOCK");
            assertThat(e.field()).isEqualTo("replacedLocks");
            assertThat(e.newValue()).isEqualTo("2024-02");
        });
    }

    @Test
    void unlocking_needs_a_reason_which_the_audit_keeps_and_then_the_period_changes_again() {
        PeriodLock q1 = lock(Q1);
        assertThatThrownBy(() -> as("secretary", () -> locks.unlock(q1.id(), "  ")))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.reasonRequired");
        assertThatThrownBy(() -> as("secretary", () -> locks.unlock(q1.id(), "x".repeat(501))))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.reasonTooLong");
        assertThat(as("secretary", () -> locks.locks())).hasSize(1);

        as("secretary", () -> locks.unlock(q1.id(), "Sở TT&TT sửa dữ liệu quý 1"));
        assertThat(as("secretary", () -> locks.locks())).isEmpty();
        assertThat(audit.history(PeriodLockService.AUDIT_TYPE, "2024-Q1", 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("UNLOCK");
            assertThat(e.field()).isEqualTo("reason");
            assertThat(e.newValue()).isEqualTo("Sở TT&TT sửa dữ liệu quý 1");
        });
        assertThatThrownBy(() -> as("secretary", () -> locks.unlock(q1.id(), "again")))
                .hasFieldOrPropertyWithValue("messageKey", "lock.error.notFound");
        as("committee", () -> signatures.save("XA-BAISON", YearMonth.of(2024, 3), 40, 20));
    }

    @Test
    void the_refusal_names_the_period_when_and_by_whom_in_both_languages() {
        lock(Q1);
        PeriodLockedException e = (PeriodLockedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                as("committee", () -> signatures.save("XA-BAISON", YearMonth.of(2024, 3), 40, 20)));
        assertThat(e.period()).isEqualTo(Q1);
        assertThat(Messages.get(Locale.forLanguageTag("vi"), e.getMessageKey(), e.getArgs()))
                .startsWith("Quý 1 năm 2024 đã khóa số liệu (khóa lúc 15/05/2024")
                .contains("người khóa secretary");
        assertThat(Messages.english(e.getMessageKey(), e.getArgs())).startsWith("Quarter 1 of 2024 is locked");
    }

    // ---------------------------------------------------------------- signatures

    @Test
    void a_signature_entry_of_a_locked_month_is_refused_and_of_an_open_month_saved() {
        lock(Period.month(YearMonth.of(2024, 3)));
        Integer before = signed("XA-BAISON", "2024-03-01");
        assertThatThrownBy(() -> as("head.baison", () -> signatures.save("XA-BAISON", YearMonth.of(2024, 3), 99, 9)))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(signed("XA-BAISON", "2024-03-01")).isEqualTo(before);
        as("head.baison", () -> signatures.save("XA-BAISON", YearMonth.of(2024, 4), 99, 9));
        assertThat(signed("XA-BAISON", "2024-04-01")).isEqualTo(9);
    }

    @Test
    void a_signature_import_touching_a_locked_month_imports_nothing_and_the_same_figures_again_pass() {
        as("committee", () -> signatures.save("XA-BAISON", YearMonth.of(2024, 3), 50, 25));
        lock(Q1);
        String changed = "unit_code,month,documents_issued,documents_signed\n"
                + "XA-BAISON,2024-04,70,35\n"
                + "XA-BAISON,2024-03,51,25\n";
        assertThatThrownBy(() -> as("committee", () -> signatureImport.importFile(bytes(changed), "s.csv")))
                .isInstanceOfSatisfying(PeriodLockedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("lock.error.importRows");
                    assertThat(e.getArgs()[3]).isEqualTo(1);
                    assertThat(e.getArgs()[4]).isEqualTo("3");
                });
        assertThat(java.util.Objects.equals(signed("XA-BAISON", "2024-04-01"), 35))
                .isFalse();

        String same = "unit_code,month,documents_issued,documents_signed\n"
                + "XA-BAISON,2024-04,70,35\n"
                + "XA-BAISON,2024-03,50,25\n";
        var result = as("committee", () -> signatureImport.importFile(bytes(same), "s.csv"));
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(signed("XA-BAISON", "2024-04-01")).isEqualTo(35);
    }

    // ---------------------------------------------------------------- dossiers

    @Test
    void dossiers_received_or_completed_in_a_locked_period_are_refused_and_a_later_completion_is_not() {
        String code = unique("LOCK-D-").toUpperCase(Locale.ROOT);
        as("committee", () -> dossierImport.importFile(dossier(code, "ONLINE", "2024-03-05", ""), "d.csv"));
        lock(Q1);

        // a new dossier of March
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> dossierImport.importFile(
                                dossier(unique("LOCK-N-"), "ONLINE", "2024-03-20", ""), "d.csv")))
                .isInstanceOf(PeriodLockedException.class);
        // a dossier received earlier and pending through the quarter counted there as pending
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> dossierImport.importFile(
                                dossier(unique("LOCK-O-"), "ONLINE", "2023-12-20", "2024-04-02"), "d.csv")))
                .isInstanceOf(PeriodLockedException.class);
        // what the March dossier is (its channel) and a completion back-dated into March
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> dossierImport.importFile(dossier(code, "IN_PERSON", "2024-03-05", ""), "d.csv")))
                .isInstanceOf(PeriodLockedException.class);
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> dossierImport.importFile(dossier(code, "ONLINE", "2024-03-05", "2024-03-28"), "d.csv")))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(completed(code)).isNull();

        // completed in April: March still saw it pending, as it did when locked
        as("committee", () -> dossierImport.importFile(dossier(code, "ONLINE", "2024-03-05", "2024-04-20"), "d.csv"));
        assertThat(completed(code)).isEqualTo(LocalDate.of(2024, 4, 20));
        // and a dossier entirely after the quarter
        as(
                "committee",
                () -> dossierImport.importFile(dossier(unique("LOCK-A-"), "ONLINE", "2024-04-03", ""), "d.csv"));
    }

    @Test
    void a_completion_moved_between_two_days_before_a_locked_month_is_not_refused_but_one_moved_into_it_is() {
        String code = unique("LOCK-C-").toUpperCase(Locale.ROOT);
        as("committee", () -> dossierImport.importFile(dossier(code, "ONLINE", "2024-01-05", "2024-02-10"), "d.csv"));
        lock(Period.month(YearMonth.of(2024, 3)));
        as("committee", () -> dossierImport.importFile(dossier(code, "ONLINE", "2024-01-05", "2024-02-12"), "d.csv"));
        assertThat(completed(code)).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> dossierImport.importFile(dossier(code, "ONLINE", "2024-01-05", "2024-03-05"), "d.csv")))
                .isInstanceOf(PeriodLockedException.class);
    }

    // ---------------------------------------------------------------- tasks

    @Test
    void a_task_due_in_a_locked_period_keeps_its_deadline_and_units_and_cannot_be_created_or_cancelled() {
        TaskDetail march = createTask(LocalDate.of(2024, 3, 29));
        lock(Q1);

        assertThatThrownBy(() -> createTask(LocalDate.of(2024, 3, 15))).isInstanceOf(PeriodLockedException.class);
        TaskDraft moved = march.toDraft();
        moved.setDeadline(LocalDate.of(2024, 6, 30));
        assertThatThrownBy(() -> as("committee", () -> tasks.update(moved, "late")))
                .isInstanceOf(PeriodLockedException.class);
        TaskDraft reassigned = march.toDraft();
        reassigned.setLeadUnitCode("XA-BACSON");
        assertThatThrownBy(() -> as("committee", () -> tasks.update(reassigned, null)))
                .isInstanceOf(PeriodLockedException.class);
        assertThatThrownBy(() -> as("committee", () -> tasks.cancel(march.code(), march.version(), "no longer")))
                .isInstanceOf(PeriodLockedException.class);
        // moving an open task's deadline into the locked quarter is refused too
        TaskDetail june = createTask(LocalDate.of(2024, 6, 28));
        TaskDraft back = june.toDraft();
        back.setDeadline(LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> as("committee", () -> tasks.update(back, "earlier")))
                .isInstanceOf(PeriodLockedException.class);
        TaskDraft otherField = march.toDraft();
        otherField.setFieldCode("CPDT"); // the locked figures are grouped by field
        assertThatThrownBy(() -> as("committee", () -> tasks.update(otherField, null)))
                .isInstanceOf(PeriodLockedException.class);
        // its wording is not a figure
        TaskDraft retitled = march.toDraft();
        retitled.setTitle("Số hóa hồ sơ TTHC (bổ sung)");
        assertThat(as("committee", () -> tasks.update(retitled, null)).title())
                .isEqualTo("Số hóa hồ sơ TTHC (bổ sung)");
        assertThat(as(
                        "inspector",
                        () -> tasks.detail(march.code()).orElseThrow().deadline()))
                .isEqualTo(LocalDate.of(2024, 3, 29));
    }

    @Test
    void a_task_import_that_moves_a_deadline_out_of_a_locked_period_names_the_line_and_imports_nothing() {
        TaskDetail march = createTask(LocalDate.of(2024, 3, 29));
        lock(Q1);
        String fresh = unique("LOCK-T-");
        String csv = "task_code,title,field,lead_unit,deadline\n"
                + fresh + ",Việc mới,TTHC,XA-BAISON,2024-07-31\n"
                + march.code() + ",Số hóa hồ sơ TTHC,TTHC,XA-BAISON,2024-07-31\n";
        assertThatThrownBy(() -> as("committee", () -> taskImport.importFile(bytes(csv), "t.csv")))
                .isInstanceOfSatisfying(PeriodLockedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("lock.error.importLine");
                    assertThat(e.getArgs()[3]).isEqualTo("3");
                });
        assertThat(as("inspector", () -> tasks.detail(fresh))).isEmpty();
    }

    // ---------------------------------------------------------------- units and indexes

    @Test
    void a_unit_change_dated_in_a_locked_period_is_refused_and_leaves_the_unit_as_it_was() {
        lock(Q1);
        String before = jdbc.queryForObject("select name from unit where code = 'XA-BAISON'", String.class);
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> unitChanges.record(new UnitChangeRequest(
                                LocalDate.of(2024, 3, 1),
                                UnitChangeKind.RENAME,
                                List.of(),
                                "XA-BAISON",
                                "Xã Bãi Sơn mới",
                                null,
                                "Nghị quyết 1/NQ"))))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(jdbc.queryForObject("select name from unit where code = 'XA-BAISON'", String.class))
                .isEqualTo(before);
    }

    @Test
    void once_the_last_quarter_of_a_year_is_locked_nothing_of_that_years_assessment_round_changes() {
        RoundSummary last = as("committee", () -> assessments.rounds()).stream()
                .filter(r -> r.year() == 2023)
                .findFirst()
                .orElseThrow();
        lock(Period.month(YearMonth.of(2023, 12)));
        assertThatThrownBy(() -> as("committee", () -> assessments.publish(last.id(), last.version())))
                .isInstanceOf(PeriodLockedException.class);
        // a lock of an earlier month leaves the round alone (it is refused for its own reason: it is published)
        as("secretary", () -> locks.unlock(locks.locks().getFirst().id(), "test"));
        lock(Period.month(YearMonth.of(2023, 11)));
        assertThatThrownBy(() -> as("committee", () -> assessments.publish(last.id(), last.version())))
                .isInstanceOf(BusinessException.class)
                .isNotInstanceOf(PeriodLockedException.class);
    }

    @Test
    void the_writers_check_sees_a_lock_on_any_day_of_a_span_and_an_open_ended_span() {
        lock(Q1);
        assertThatThrownBy(() -> check.checkOpen(LocalDate.of(2024, 2, 29))).isInstanceOf(PeriodLockedException.class);
        check.checkOpen(LocalDate.of(2024, 4, 1));
        assertThatThrownBy(() -> check.checkOpen(LocalDate.of(2023, 12, 1), null))
                .isInstanceOf(PeriodLockedException.class);
        check.checkOpen(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31));
        check.checkOpen(LocalDate.of(2024, 4, 1), null);
    }

    // ---------------------------------------------------------------- helpers

    TaskDetail createTask(LocalDate deadline) {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("LOCK-T-"));
        d.setTitle("Số hóa hồ sơ TTHC");
        d.setFieldCode("TTHC");
        d.setDeadline(deadline);
        d.setLeadUnitCode("XA-BAISON");
        d.setCoordinatingUnitCodes(Set.of());
        return as("committee", () -> tasks.create(d));
    }

    byte[] dossier(String code, String channel, String received, String completed) {
        return bytes(DOSSIER_HEADER + code + ",XA-BAISON," + procedure + "," + channel + "," + received + ","
                + LocalDate.parse(received).plusDays(10) + "," + completed + ",FULL,"
                + (completed.isEmpty() ? "," : "Y,Y") + ",N,N\n");
    }

    LocalDate completed(String code) {
        var d = jdbc.queryForObject("select completed_on from dossier where code = ?", java.sql.Date.class, code);
        return d == null ? null : d.toLocalDate();
    }

    Integer signed(String unit, String month) {
        return jdbc
                .query(
                        "select documents_signed from signature_report r join unit u on u.id = r.unit_id "
                                + "where u.code = ? and r.report_month = ?",
                        (rs, i) -> rs.getInt(1),
                        unit,
                        java.sql.Date.valueOf(month))
                .stream()
                .findFirst()
                .orElse(null);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
