package org.parsteering.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Messages;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.dossier.SignatureService;
import org.parsteering.plan.TaskDraft;
import org.parsteering.plan.TaskImportService;
import org.parsteering.plan.TaskService;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a change (SPEC 2a, issue 12 rules) a closed unit is read-only: no dossier received, no signature month and
 * no new task assignment after its last day, by import or on a screen — each refused with {@code
 * import.error.unitClosed}, naming the unit and its last day. Up to that day, and what it already has, stay
 * allowed. The test merges two communes of its own into a third on 1 July 2025 and stands the day after.
 */
@Transactional
@WithUserDetails("secretary")
class ClosedUnitsAreReadOnlyTest extends IntegrationTest {

    static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    @Autowired
    UnitChangeService changes;

    @Autowired
    UnitService units;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureImportService signatureImport;

    @Autowired
    SignatureService signatures;

    @Autowired
    TaskImportService taskImport;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    String closed;
    String successor;

    @BeforeEach
    void mergeTwoCommunes() {
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
        String base = unique("XA-RO").toUpperCase(Locale.ROOT);
        for (String code : List.of(base + "A", base + "B")) {
            jdbc.update(
                    "insert into unit (code, name, unit_type, active_from, created_at, updated_at)"
                            + " values (?, ?, 'COMMUNE', date '2021-01-01', current_timestamp, current_timestamp)",
                    code,
                    "Xã thử " + code);
        }
        closed = base + "A";
        successor = base + "S";
        changes.record(new UnitChangeRequest(
                LocalDate.of(2025, 7, 1),
                UnitChangeKind.MERGE,
                List.of(base + "A", base + "B"),
                successor,
                "Xã kế thừa",
                UnitType.COMMUNE,
                "1678/NQ-UBTVQH15"));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRowErrors(Runnable work, RowErrorTuple... expected) {
        assertThatThrownBy(work::run)
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey, RowError::args)
                                .containsExactly(java.util.Arrays.stream(expected)
                                        .map(x -> tuple(
                                                x.line,
                                                x.column,
                                                "import.error.unitClosed",
                                                List.of(x.code, x.lastDay)))
                                        .toArray(org.assertj.core.groups.Tuple[]::new)));
    }

    private record RowErrorTuple(int line, String column, String code, String lastDay) {}

    private RowErrorTuple closedAt(int line, String column) {
        return new RowErrorTuple(line, column, closed, LAST_DAY.toString());
    }

    private void assertClosed(Runnable work) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("import.error.unitClosed");
            assertThat(e.getArgs()).containsExactly(closed, LAST_DAY);
        });
    }

    private String procedure() {
        return jdbc.queryForObject("select min(code) from admin_procedure", String.class);
    }

    @Test
    void a_dossier_received_after_the_last_day_is_refused_and_one_received_on_it_imports() {
        String header = "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
                + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n";
        String code = unique("RO-D").toUpperCase(Locale.ROOT);
        String p = procedure();
        assertRowErrors(
                () -> dossiers.importFile(
                        csv(header + code + "1," + closed + "," + p + ",ONLINE,2025-07-01,2025-07-10,,FULL,,,N,N\n"
                                + code + "2," + successor + "," + p + ",ONLINE,2025-07-01,2025-07-10,,FULL,,,N,N\n"),
                        "d.csv"),
                closedAt(2, "received_on"));
        assertThat(dossiers.importFile(
                        csv(header + code + "3," + closed + "," + p + ",ONLINE,2025-06-30,2025-07-10,,FULL,,,N,N\n"),
                        "d.csv"))
                .isEqualTo(new ImportResult(1, 0, 0));
    }

    @Test
    void a_signature_month_after_the_month_of_the_last_day_is_refused_by_import_and_by_hand() {
        String header = "unit_code,month,documents_issued,documents_signed\n";
        assertRowErrors(
                () -> signatureImport.importFile(
                        csv(header + closed + ",2025-07,10,5\n" + successor + ",2025-07,10,5\n"), "s.csv"),
                closedAt(2, "month"));
        assertThat(signatureImport.importFile(csv(header + closed + ",2025-06,10,5\n"), "s.csv"))
                .isEqualTo(new ImportResult(1, 0, 0));

        assertClosed(() -> signatures.save(closed, YearMonth.of(2025, 7), 10, 5));
        signatures.save(closed, YearMonth.of(2025, 6), 12, 6); // its last month may still be corrected
        signatures.save(successor, YearMonth.of(2025, 7), 10, 5);
    }

    private TaskDraft draft(String lead, Set<String> coordinating) {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("RO-T").toUpperCase(Locale.ROOT));
        d.setTitle("Rà soát thủ tục sau sắp xếp");
        d.setFieldCode("TTHC");
        d.setDeadline(LocalDate.of(2025, 12, 31));
        d.setLeadUnitCode(lead);
        d.setCoordinatingUnitCodes(coordinating);
        return d;
    }

    @Test
    void a_closed_unit_cannot_lead_or_coordinate_a_new_task() {
        assertClosed(() -> tasks.create(draft(closed, Set.of())));
        assertClosed(() -> tasks.create(draft(successor, Set.of(closed))));
        assertThat(tasks.create(draft(successor, Set.of())).code()).startsWith("RO-T");
    }

    @Test
    void a_task_import_row_naming_a_closed_unit_for_a_new_task_is_refused() {
        String header = "task_code,title,field,lead_unit,deadline,coordinating_units,output,priority\n";
        String code = unique("RO-I").toUpperCase(Locale.ROOT);
        assertRowErrors(
                () -> taskImport.importFile(
                        csv(header
                                + code + "1,Rà soát,TTHC," + closed + ",2025-12-31,,,\n"
                                + code + "2,Rà soát,TTHC," + successor + ",2025-12-31," + closed + ",,\n"),
                        "t.csv"),
                closedAt(2, "lead_unit"),
                closedAt(3, "coordinating_units"));
    }

    /**
     * A unit closed since a task was made keeps its place on it: the task can still be edited and its file
     * re-imported, but the closed unit cannot be added anew (here a unit closed by hand: the change's carry-over
     * would have moved its open assignment).
     */
    @Test
    void a_unit_already_on_a_task_stays_when_it_closes_but_cannot_be_added_anew() {
        String other = "XA-BACSON";
        String header = "task_code,title,field,lead_unit,deadline,coordinating_units,output,priority\n";
        String code = unique("RO-K").toUpperCase(Locale.ROOT);
        String row = code + ",Rà soát,TTHC," + other + ",2025-12-31,XA-NAMSON,,\n";
        assertThat(taskImport.importFile(csv(header + row), "t.csv")).isEqualTo(new ImportResult(1, 0, 0));
        UnitSummary namSon = units.findByCode("XA-NAMSON").orElseThrow();
        units.deactivate("XA-NAMSON", namSon.version(), LocalDate.of(2025, 7, 1));

        assertThat(taskImport.importFile(csv(header + row), "t.csv")).isEqualTo(new ImportResult(0, 0, 1));
        TaskDraft edit = tasks.detail(code).orElseThrow().toDraft();
        edit.setTitle("Rà soát lại");
        assertThat(tasks.update(edit, null).title()).isEqualTo("Rà soát lại");

        TaskDraft add = tasks.detail(code).orElseThrow().toDraft();
        add.setCoordinatingUnitCodes(Set.of("XA-NAMSON", closed));
        assertClosed(() -> tasks.update(add, null));
        TaskDraft lead = tasks.detail(code).orElseThrow().toDraft();
        lead.setLeadUnitCode("XA-NAMSON");
        lead.setCoordinatingUnitCodes(Set.of());
        assertThatThrownBy(() -> tasks.update(lead, null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.unitClosed"));
    }

    @Test
    void the_message_names_the_unit_and_its_last_day_in_both_languages() {
        Object[] args = {closed, LAST_DAY};
        assertThat(Messages.english("import.error.unitClosed", args)).contains(closed, "30 Jun 2025");
        assertThat(Messages.get(Locale.forLanguageTag("vi"), "import.error.unitClosed", args))
                .contains(closed, "30/06/2025", "kết thúc hoạt động");
    }
}
