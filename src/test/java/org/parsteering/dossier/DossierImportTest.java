package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** SPEC 5 imports of procedures, dossiers and signature reports: every kind of bad input is a row error. */
@Transactional
class DossierImportTest extends IntegrationTest {

    @Autowired
    ProcedureImportService procedures;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureImportService signatures;

    @Autowired
    JdbcTemplate jdbc;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void catalogue() {
        as(
                "committee",
                () -> procedures.importFile(
                        utf8(
                                "procedure_code,name,level,online_level,fee_required\nIMP-P1,Đăng ký khai sinh,COMMUNE,FULL,N\n"),
                        "p.csv"));
    }

    @Test
    void every_kind_of_bad_row_is_reported_with_its_line_and_nothing_is_written() {
        long before = jdbc.queryForObject("select count(*) from dossier", Long.class);
        String csv = DossierImportTestData.HEADER
                + "IMP-OK,XA-BAISON,IMP-P1,ONLINE,2024-02-01,2024-02-05,2024-02-04,FULL,Y,Y,N,N\n"
                + "IMP-B1,XA-NOWHERE,IMP-P1,ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n"
                + "IMP-B2,XA-BAISON,NO-PROC,ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n"
                + "IMP-B3,XA-BAISON,IMP-P1,FAX,2024-02-01,2024-02-05,,FULL,,,N,N\n"
                + "IMP-B4,XA-BAISON,IMP-P1,ONLINE,01/02/2024,2024-02-05,,FULL,,,N,N\n"
                + "IMP-B5,XA-BAISON,IMP-P1,ONLINE,2024-02-10,2024-02-15,2024-02-09,FULL,Y,Y,N,N\n"
                + "IMP-B6,XA-BAISON,IMP-P1,ONLINE,2024-02-10,2024-02-09,,FULL,,,N,N\n"
                + "IMP-B7,XA-BAISON,IMP-P1,ONLINE,2024-02-10,2024-02-15,,FULL,Y,,N,N\n"
                + "IMP-OK,XA-BAISON,IMP-P1,ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n";
        assertThatThrownBy(() -> as("committee", () -> dossiers.importFile(utf8(csv), "d.csv")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(3, "unit_code", "import.error.unknownUnit"),
                                        tuple(4, "procedure_code", "import.error.unknownProcedure"),
                                        tuple(5, "channel", "import.error.badEnum"),
                                        tuple(6, "received_on", "import.error.badDate"),
                                        tuple(7, "completed_on", "import.error.completedBeforeReceived"),
                                        tuple(8, "due_on", "import.error.dueBeforeReceived"),
                                        tuple(9, "result_digitized", "import.error.resultOnPending"),
                                        tuple(10, "dossier_code", "import.error.duplicateKey")));
        assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_dossier_received_or_completed_after_the_localitys_today_is_refused_but_a_later_due_date_is_not() {
        // 15 May 2024, 17:30 UTC: already 16 May (00:30) in the locality (Asia/Ho_Chi_Minh).
        clock.set(java.time.Instant.parse("2024-05-15T17:30:00Z"));
        long before = jdbc.queryForObject("select count(*) from dossier", Long.class);
        String csv = DossierImportTestData.HEADER
                + "IMP-FUT1,XA-BAISON,IMP-P1,ONLINE,2024-05-17,2024-05-20,,FULL,,,N,N\n"
                + "IMP-FUT2,XA-BAISON,IMP-P1,ONLINE,2024-05-10,2024-05-20,2024-05-17,FULL,Y,Y,N,N\n"
                + "IMP-FUT3,XA-BAISON,IMP-P1,ONLINE,2024-05-16,2024-06-30,2024-05-16,FULL,Y,Y,N,N\n";
        assertThatThrownBy(() -> as("committee", () -> dossiers.importFile(utf8(csv), "d.csv")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey, RowError::args)
                                .containsExactly(
                                        tuple(
                                                2,
                                                "received_on",
                                                "import.error.receivedAfterToday",
                                                java.util.List.of("2024-05-17", "2024-05-16")),
                                        tuple(
                                                3,
                                                "completed_on",
                                                "import.error.completedAfterToday",
                                                java.util.List.of("2024-05-17", "2024-05-16"))));
        assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class))
                .isEqualTo(before);
        ImportResult ok = as(
                "committee",
                () -> dossiers.importFile(
                        utf8(DossierImportTestData.HEADER
                                + "IMP-FUT3,XA-BAISON,IMP-P1,ONLINE,2024-05-16,2024-06-30,2024-05-16,FULL,Y,Y,N,N\n"),
                        "d.csv"));
        assertThat(ok.created())
                .as("received and completed today, due next month")
                .isEqualTo(1);
    }

    @Test
    void a_dossier_dated_outside_the_years_2000_to_2100_is_refused() {
        long before = jdbc.queryForObject("select count(*) from dossier", Long.class);
        String csv = DossierImportTestData.HEADER
                + "IMP-Y1,XA-BAISON,IMP-P1,ONLINE,0001-01-01,0001-01-05,0001-01-03,FULL,Y,Y,N,N\n"
                + "IMP-Y2,XA-BAISON,IMP-P1,ONLINE,2024-01-01,9999-12-31,,FULL,,,N,N\n";
        assertThatThrownBy(() -> as("committee", () -> dossiers.importFile(utf8(csv), "d.csv")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::line, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(2, "received_on", "import.error.dateOutsideYears"),
                                        tuple(2, "due_on", "import.error.dateOutsideYears"),
                                        tuple(2, "completed_on", "import.error.dateOutsideYears"),
                                        tuple(3, "due_on", "import.error.dateOutsideYears")));
        assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_large_file_reports_its_progress_through_checking_and_writing() {
        StringBuilder csv = new StringBuilder(DossierImportTestData.HEADER);
        for (int i = 1; i <= 2500; i++) {
            csv.append("IMP-PR").append(i).append(",XA-BAISON,IMP-P1,ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n");
        }
        java.util.List<String> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
        ImportResult result = as(
                "committee",
                () -> dossiers.importFile(
                        utf8(csv.toString()),
                        "d.csv",
                        (phase, done, total) -> reports.add(phase + " " + done + "/" + total)));
        assertThat(result.created()).isEqualTo(2500);
        assertThat(reports)
                .containsExactly(
                        "CHECKING 0/2500",
                        "CHECKING 1000/2500",
                        "CHECKING 2000/2500",
                        "WRITING 0/2500",
                        "WRITING 1000/2500",
                        "WRITING 2000/2500",
                        "WRITING 2500/2500");
    }

    @Test
    void reimporting_changes_nothing_and_a_completion_updates_the_dossier() {
        String pending =
                DossierImportTestData.HEADER + "IMP-X1,XA-BAISON,IMP-P1,ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n"
                        + "IMP-X2,XA-BAISON,IMP-P1,IN_PERSON,2024-02-01,2024-02-05,,PARTIAL,,,N,N\n";
        assertThat(as("committee", () -> dossiers.importFile(utf8(pending), "d.csv")))
                .isEqualTo(new ImportResult(2, 0, 0));
        assertThat(as("committee", () -> dossiers.importFile(utf8(pending), "d.csv")))
                .isEqualTo(new ImportResult(0, 0, 2));
        String done = pending.replace("2024-02-05,,FULL,,", "2024-02-05,2024-02-04,FULL,Y,Y");
        assertThat(as("committee", () -> dossiers.importFile(utf8(done), "d.csv")))
                .isEqualTo(new ImportResult(0, 1, 1));
        assertThat(jdbc.queryForObject("select completed_on from dossier where code = 'IMP-X1'", java.sql.Date.class))
                .hasToString("2024-02-04");
    }

    @Test
    void signed_cannot_exceed_issued_and_a_unit_head_imports_only_their_own_unit() {
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> signatures.importFile(
                                utf8("unit_code,month,documents_issued,documents_signed\nXA-BAISON,2024-05,10,11\n"),
                                "s.csv")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.error.signedOverIssued"));
        assertThat(as(
                        "head.baison",
                        () -> signatures.importFile(
                                utf8("unit_code,month,documents_issued,documents_signed\nXA-BAISON,2024-05,40,30\n"),
                                "s.csv")))
                .isEqualTo(new ImportResult(1, 0, 0));
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> signatures.importFile(
                                utf8("unit_code,month,documents_issued,documents_signed\nXA-BACSON,2024-05,40,30\n"),
                                "s.csv")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.getErrors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.error.notYourUnit"));
    }

    @Test
    void only_the_committee_and_the_secretary_import_dossiers_and_procedures() {
        assertThatThrownBy(() ->
                        as("head.baison", () -> dossiers.importFile(utf8(DossierImportTestData.HEADER), "d.csv")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("inspector", () -> procedures.importFile(utf8("x"), "p.csv")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("inspector", () -> signatures.importFile(utf8("x"), "s.csv")))
                .isInstanceOf(AccessDeniedException.class);
    }
}

final class DossierImportTestData {
    static final String HEADER = "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
            + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n";

    private DossierImportTestData() {}
}
