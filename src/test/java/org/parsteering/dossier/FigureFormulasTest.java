package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formulas of SPEC 3 on hand-worked cases, one dossier per edge case, for a test unit of its own.
 * Today (the test clock) is 15 May 2024. The same assertions run on H2 and MariaDB.
 */
@Transactional
class FigureFormulasTest extends IntegrationTest {

    @Autowired
    FigureService figures;

    @Autowired
    ProcedureImportService procedures;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureImportService signatures;

    @Autowired
    org.parsteering.unit.UnitImportService unitImport;

    static final String HEADER = "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
            + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n";

    @BeforeEach
    void data() {
        as("secretary", () -> {
            unitImport.importFile(
                    "unit_code,name,type,parent_code\nXA-FIGTEST,Xã Kiểm Thử,COMMUNE,DISTRICT\nXA-FIGZERO,Xã Không Hồ Sơ,COMMUNE,DISTRICT\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "u.csv");
            procedures.importFile(
                    "procedure_code,name,level,online_level,fee_required\nFIG-P1,Thủ tục thử,COMMUNE,FULL,Y\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "p.csv");
            String csv = HEADER
                    // D1 completed on the due date: on time
                    + "FIG-D1,XA-FIGTEST,FIG-P1,ONLINE,2024-01-10,2024-01-15,2024-01-15,FULL,Y,Y,Y,Y\n"
                    // D2 completed one day late
                    + "FIG-D2,XA-FIGTEST,FIG-P1,IN_PERSON,2024-01-10,2024-01-15,2024-01-16,PARTIAL,Y,N,Y,N\n"
                    // D3 pending at the end of Q1 with due = end: on time in Q1
                    + "FIG-D3,XA-FIGTEST,FIG-P1,IN_PERSON,2024-03-20,2024-03-31,,FULL,,,N,N\n"
                    // D4 pending and overdue at the end of Q1
                    + "FIG-D4,XA-FIGTEST,FIG-P1,POSTAL,2024-03-01,2024-03-10,,NONE,,,N,N\n"
                    // D5 received before Q1, completed in it on time
                    + "FIG-D5,XA-FIGTEST,FIG-P1,IN_PERSON,2023-12-20,2024-01-05,2024-01-04,FULL,Y,Y,N,N\n"
                    // D6 completed before Q1: not in Q1 at all
                    + "FIG-D6,XA-FIGTEST,FIG-P1,IN_PERSON,2023-12-01,2023-12-15,2023-12-10,FULL,Y,Y,N,N\n"
                    // D7 received after Q1, still pending and overdue today
                    + "FIG-D7,XA-FIGTEST,FIG-P1,IN_PERSON,2024-04-02,2024-04-10,,FULL,,,N,N\n"
                    // D8 received in Q1, completed after it (so pending at the end of Q1), on time
                    + "FIG-D8,XA-FIGTEST,FIG-P1,IN_PERSON,2024-03-25,2024-04-05,2024-04-03,FULL,N,N,N,N\n"
                    // D9 received in the current quarter, pending, not yet due
                    + "FIG-D9,XA-FIGTEST,FIG-P1,ONLINE,2024-05-10,2024-05-20,,FULL,,,Y,N\n";
            dossiers.importFile(csv.getBytes(StandardCharsets.UTF_8), "d.csv");
            signatures.importFile(
                    ("unit_code,month,documents_issued,documents_signed\n"
                                    + "XA-FIGTEST,2024-01,100,80\nXA-FIGTEST,2024-02,50,50\nXA-FIGTEST,2024-04,10,1\n")
                            .getBytes(StandardCharsets.UTF_8),
                    "s.csv");
        });
    }

    private FigureCounts counts(LocalDate from, LocalDate to, Channel channel) {
        FigureReport r = as("inspector", () -> figures.figures(from, to, "XA-FIGTEST", channel));
        return r.units().getFirst().counts();
    }

    @Test
    void a_closed_quarter_counts_every_edge_case_of_spec_3() {
        FigureCounts q1 = counts(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null);
        assertThat(q1.received()).as("D1 D2 D3 D4 D8").isEqualTo(5);
        assertThat(q1.completed()).as("D1 D2 D5").isEqualTo(3);
        assertThat(q1.pendingAtEnd()).as("D3 D4 D8").isEqualTo(3);
        assertThat(q1.handled()).isEqualTo(6);
        assertThat(q1.onTime())
                .as("D1 (on the due date), D5, D3 (due = end), D8")
                .isEqualTo(4);
        assertThat(q1.late())
                .as("D2 (one day late), D4 (pending, overdue at end)")
                .isEqualTo(2);
        assertThat(q1.online()).isEqualTo(1);
        assertThat(q1.componentsDigitized())
                .as("FULL or PARTIAL among received")
                .isEqualTo(4);
        assertThat(q1.componentsFullyDigitized()).isEqualTo(3);
        assertThat(q1.resultsDigitized()).as("completed with Y: D1 D2 D5").isEqualTo(3);
        assertThat(q1.resultsSigned()).as("D1 D5").isEqualTo(2);
        assertThat(q1.feeRequired()).as("D1 D2").isEqualTo(2);
        assertThat(q1.paidOnline()).as("D1").isEqualTo(1);
        assertThat(q1.documentsIssued()).as("January and February").isEqualTo(150);
        assertThat(q1.documentsSigned()).isEqualTo(130);
    }

    @Test
    void in_the_current_quarter_the_end_is_today() {
        FigureReport r = as(
                "committee",
                () -> figures.figures(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), "XA-FIGTEST", null));
        assertThat(r.end()).isEqualTo(LocalDate.of(2024, 5, 15));
        FigureCounts q2 = r.units().getFirst().counts();
        assertThat(q2.received()).as("D7 D9").isEqualTo(2);
        assertThat(q2.completed()).as("D8").isEqualTo(1);
        assertThat(q2.pendingAtEnd()).as("D3 D4 D7 D9 pending today").isEqualTo(4);
        assertThat(q2.handled()).isEqualTo(5);
        assertThat(q2.onTime()).as("D8 completed on time, D9 not yet due").isEqualTo(2);
        assertThat(q2.late()).isEqualTo(3);
        assertThat(q2.documentsIssued()).as("April").isEqualTo(10);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.parsteering.base.DataVersion dataVersion;

    @Test
    void a_dossier_completed_after_the_end_is_pending_at_the_end_and_not_also_completed_in_the_period() {
        // Only possible for rows written before the import refused dates after today, hence written directly.
        jdbc.update("""
                insert into dossier (code, unit_id, procedure_id, channel, received_on, due_on, completed_on, components,
                                     result_digitized, result_signed, fee_required, paid_online, updated_at)
                select 'FIG-D10', u.id, p.id, 'ONLINE', DATE '2024-04-20', DATE '2024-04-25', DATE '2024-05-20', 'FULL',
                       true, true, false, false, TIMESTAMP '2024-05-01 00:00:00'
                from unit u, admin_procedure p where u.code = 'XA-FIGTEST' and p.code = 'FIG-P1'
                """);
        dataVersion.changed();
        FigureCounts q2 = counts(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), null);
        assertThat(q2.completed())
                .as("D8 only: D10 is completed after the end (today)")
                .isEqualTo(1);
        assertThat(q2.pendingAtEnd()).as("D3 D4 D7 D9 D10").isEqualTo(5);
        assertThat(q2.handled()).as("each dossier once").isEqualTo(6);
        assertThat(q2.resultsDigitized())
                .as("D8 has no digitised result, D10 is not completed by the end")
                .isZero();
        assertThat(q2.late())
                .as("D3 D4 D7 and D10 (pending at the end past its due date)")
                .isEqualTo(4);
        var late = as(
                "inspector",
                () -> figures.lateDossiers(
                        "XA-FIGTEST",
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 6, 30),
                        null,
                        LateKind.COMPLETED_LATE,
                        0,
                        100));
        assertThat(late).extracting(LateDossier::code).doesNotContain("FIG-D10");
    }

    @Test
    void a_channel_restricts_every_dossier_count() {
        FigureCounts online = counts(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), Channel.ONLINE);
        assertThat(online.received()).isEqualTo(1);
        assertThat(online.completed()).isEqualTo(1);
        assertThat(online.handled()).isEqualTo(1);
        assertThat(online.onTime()).isEqualTo(1);
        assertThat(online.online()).isEqualTo(1);
    }

    @Test
    void a_unit_without_dossiers_is_reported_with_zeros_and_groups_add_up() {
        FigureReport all =
                as("inspector", () -> figures.figures(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null, null));
        FigureCounts zero = all.units().stream()
                .filter(u -> u.unitCode().equals("XA-FIGZERO"))
                .findFirst()
                .orElseThrow()
                .counts();
        assertThat(zero.handled()).isZero();
        assertThat(zero.received()).isZero();
        long communeReceived = all.units().stream()
                .filter(u -> u.unitType() == org.parsteering.unit.UnitType.COMMUNE)
                .mapToLong(u -> u.counts().received())
                .sum();
        assertThat(all.groups().get("COMMUNE").received()).isEqualTo(communeReceived);
        assertThat(all.groups().get("ALL").received())
                .isEqualTo(all.units().stream()
                        .mapToLong(u -> u.counts().received())
                        .sum());
        assertThat(all.groups()).containsKeys("DISTRICT", "DEPARTMENT", "COMMUNE", "ALL");
    }

    @Test
    void late_dossiers_are_listed_with_their_days_late() {
        var late = as(
                "head.baison",
                () -> figures.lateDossiers(
                        "XA-FIGTEST", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null, LateKind.ALL, 0, 50));
        assertThat(late)
                .extracting(LateDossier::code, LateDossier::daysLate)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("FIG-D2", 1L),
                        org.assertj.core.api.Assertions.tuple("FIG-D4", 21L));
        assertThat(as(
                        "head.baison",
                        () -> figures.lateDossiers(
                                "XA-FIGTEST",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 3, 31),
                                null,
                                LateKind.COMPLETED_LATE,
                                0,
                                50)))
                .extracting(LateDossier::code)
                .containsExactly("FIG-D2");
        assertThat(as(
                        "head.baison",
                        () -> figures.lateDossiers(
                                "XA-FIGTEST",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 3, 31),
                                null,
                                LateKind.PENDING_OVERDUE,
                                0,
                                50)))
                .extracting(LateDossier::code, LateDossier::completedOn)
                .containsExactly(org.assertj.core.api.Assertions.tuple("FIG-D4", null));
    }

    @Test
    void late_dossiers_of_all_units_are_each_units_list_and_add_up_to_the_late_count() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 3, 31);
        var all = as("inspector", () -> figures.lateDossiersOfAllUnits(from, to, null, LateKind.ALL, 0, 1_000_000));
        assertThat(all)
                .filteredOn(d -> d.unitCode().equals("XA-FIGTEST"))
                .extracting(UnitLateDossier::dossier)
                .isEqualTo(
                        as("inspector", () -> figures.lateDossiers("XA-FIGTEST", from, to, null, LateKind.ALL, 0, 50)));
        FigureReport report = as("inspector", () -> figures.figures(from, to, null, null));
        assertThat((long) all.size()).isEqualTo(report.groups().get("ALL").late());
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(UnitLateDossier::unitCode));
        assertThat(as("inspector", () -> figures.lateDossiersOfAllUnits(from, to, Channel.POSTAL, LateKind.ALL, 0, 50)))
                .extracting(d -> d.dossier().channel())
                .containsOnly(Channel.POSTAL);
    }

    @Test
    void a_period_outside_the_years_2000_to_2100_is_refused_with_a_message() {
        for (LocalDate[] p : new LocalDate[][] {
            {LocalDate.of(1, 1, 1), LocalDate.of(2024, 3, 31)},
            {LocalDate.of(2024, 1, 1), LocalDate.of(9999, 12, 31)},
            {LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 31)}
        }) {
            assertThatThrownBy(() -> as("inspector", () -> figures.figures(p[0], p[1], null, null)))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("figures.error.periodYears");
            assertThatThrownBy(() ->
                            as("inspector", () -> figures.lateDossiers("XA-FIGTEST", p[0], p[1], null, null, 0, 10)))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("figures.error.periodYears");
        }
        assertThat(as(
                                "inspector",
                                () -> figures.figures(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31), null, null))
                        .end())
                .isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void a_period_running_backwards_or_an_unknown_unit_is_refused() {
        assertThatThrownBy(() -> as(
                        "inspector",
                        () -> figures.figures(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), null, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("figures.error.fromAfterTo");
        assertThatThrownBy(() -> as(
                        "inspector",
                        () -> figures.figures(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), "XA-NOWHERE", null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("figures.error.unknownUnit");
    }
}
