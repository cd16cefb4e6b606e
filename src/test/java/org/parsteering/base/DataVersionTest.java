package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.dossier.SignatureService;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10 §3, at the services: bad input is refused before any change is marked, so it neither waits for
 * nor changes the shared data version — and a good change still marks it.
 */
class DataVersionTest extends IntegrationTest {

    @Autowired
    DataVersion dataVersion;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureImportService signatureImports;

    @Autowired
    SignatureService signatures;

    @Autowired
    UnitImportService units;

    /** A month without demo figures; what the tests save there is removed afterwards. */
    static final YearMonth MONTH = YearMonth.of(2023, 1);

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final CountDownLatch locked = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService holder = Executors.newSingleThreadExecutor();
    private Future<?> otherChange;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Another change at its last statement: the data version is marked and its transaction still open. */
    @BeforeEach
    void anotherChangeHoldsTheDataVersion() throws InterruptedException {
        otherChange = holder.submit(() -> tx.executeWithoutResult(s -> {
            dataVersion.changed();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void releaseIt() throws Exception {
        release.countDown();
        otherChange.get(10, TimeUnit.SECONDS);
        holder.shutdownNow();
        jdbc.update("delete from signature_report where report_month = ?", java.sql.Date.valueOf(MONTH.atDay(1)));
    }

    @Test
    void rejected_files_and_refused_entries_are_answered_without_waiting_for_the_data_version() throws Exception {
        String before = dataVersion.current();
        long started = System.nanoTime();
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> dossiers.importFile(
                                utf8("dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,"
                                        + "components_digitized,result_digitized,result_signed,fee_required,paid_online\n"
                                        + "DV-1,XA-NOWHERE,P,ONLINE,2024-02-01,2024-02-05,,FULL,,,N,N\n"),
                                "d.csv")))
                .isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> as(
                        "committee",
                        () -> signatureImports.importFile(
                                utf8("unit_code,month,documents_issued,documents_signed\nXA-BAISON,2024-03,5,9\n"),
                                "s.csv")))
                .isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> as(
                        "secretary",
                        () -> units.importFile(
                                utf8("unit_code,name,type,parent_code,active_from,active_to\nDV-U,Sai,NOWHERE,,,\n"),
                                "u.csv")))
                .isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> as("committee", () -> signatures.save("XA-BAISON", MONTH, 5, 9)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("import.error.signedOverIssued");
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("refusals waited for the other change's lock")
                .isLessThan(1500);

        release.countDown();
        otherChange.get(10, TimeUnit.SECONDS);
        assertThat(dataVersion.current()).isNotEqualTo(before); // the other change committed
        String afterOther = dataVersion.current();
        assertThatThrownBy(() -> as("committee", () -> signatures.save("XA-BAISON", MONTH, 5, 9)))
                .isInstanceOf(BusinessException.class);
        assertThat(dataVersion.current()).isEqualTo(afterOther);
    }

    @Test
    void a_good_entry_waits_for_the_other_change_and_then_marks_the_data_changed() throws Exception {
        Future<?> entry = Executors.newVirtualThreadPerTaskExecutor()
                .submit(() -> as("committee", () -> signatures.save("XA-BAISON", MONTH, 9, 5)));
        Thread.sleep(2_500); // longer than H2's default lock timeout of 2 s (Constants.INITIAL_LOCK_TIMEOUT)
        release.countDown();
        entry.get(20, TimeUnit.SECONDS);
        assertThat(as("committee", () -> signatures.matrix(MONTH, MONTH)).stream()
                        .filter(r -> r.unitCode().equals("XA-BAISON"))
                        .findFirst()
                        .orElseThrow()
                        .months()
                        .get(MONTH)
                        .numerator())
                .isEqualTo(5);

        String before = dataVersion.current();
        as("committee", () -> signatures.save("XA-BAISON", MONTH, 9, 6));
        assertThat(dataVersion.current()).isNotEqualTo(before);
    }
}
