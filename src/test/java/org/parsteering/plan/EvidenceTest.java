package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Evidence files: type checked by content, size-limited, stored in the database, streamed back. */
@Transactional
class EvidenceTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    private AssignmentView leadAssignment() {
        TaskDraft d = new TaskDraft();
        d.setCode(unique("EV-").toUpperCase());
        d.setTitle("Evidence");
        d.setFieldCode("CPDT");
        d.setDeadline(LocalDate.now(clock).plusDays(10));
        d.setLeadUnitCode("XA-BAISON");
        d.setCoordinatingUnitCodes(Set.of());
        return as("committee", () -> tasks.create(d)).assignments().getFirst();
    }

    private static EvidenceUpload file(String name, byte[] content) throws Exception {
        Path p = Files.createTempFile("evidence", ".bin");
        Files.write(p, content);
        return new EvidenceUpload(name, p, content.length);
    }

    @Test
    void a_pdf_and_a_link_are_stored_with_the_report_and_the_pdf_streams_back_unchanged() throws Exception {
        AssignmentView a = leadAssignment();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        as(
                "head.baison",
                () -> progress.reportProgress(
                        a.id(),
                        a.version(),
                        50,
                        "Biên bản",
                        List.of(uncheck(() -> file("biên bản.pdf", pdf))),
                        List.of("https://dichvucong.gov.vn/p/home")));

        ReportView report = as("inspector", () -> tasks.detail(a.taskCode()).orElseThrow())
                .history()
                .getFirst();
        assertThat(report.evidence())
                .extracting(EvidenceView::fileName, EvidenceView::contentType, EvidenceView::url)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("biên bản.pdf", "application/pdf", null),
                        org.assertj.core.api.Assertions.tuple(null, null, "https://dichvucong.gov.vn/p/home"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(
                "inspector",
                () -> progress.writeEvidence(report.evidence().getFirst().publicId(), out));
        assertThat(out.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void a_renamed_program_is_refused_whatever_its_name_and_nothing_is_saved() throws Exception {
        AssignmentView a = leadAssignment();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        EvidenceUpload fake = file("report.pdf", exe);
        long reportsBefore = jdbc.queryForObject("select count(*) from progress_report", Long.class);
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> progress.reportProgress(a.id(), a.version(), 50, null, List.of(fake), List.of())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.evidenceType");
        assertThat(jdbc.queryForObject("select count(*) from progress_report", Long.class))
                .isEqualTo(reportsBefore);
    }

    @Test
    void files_over_10_mb_and_links_that_are_not_web_links_are_refused() throws Exception {
        AssignmentView a = leadAssignment();
        Path big = Files.createTempFile("big", ".pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            f.setLength(10L * 1024 * 1024 + 1);
        }
        EvidenceUpload tooBig = new EvidenceUpload("big.pdf", big, Files.size(big));
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> progress.reportProgress(a.id(), a.version(), 50, null, List.of(tooBig), List.of())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.evidenceTooBig");
        assertThatThrownBy(() -> as(
                        "head.baison",
                        () -> progress.reportProgress(
                                a.id(), a.version(), 50, null, List.of(), List.of("javascript:alert(1)"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("task.error.evidenceLink");
        Files.deleteIfExists(big);
    }

    @Test
    void office_documents_are_recognised_by_content_and_extension() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0};
        assertThat(EvidenceTypes.detect(file("plan.docx", zip).file(), "plan.docx"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceTypes.detect(file("data.xlsx", zip).file(), "data.xlsx"))
                .isPresent();
        assertThat(EvidenceTypes.detect(file("archive.zip", zip).file(), "archive.zip"))
                .isEmpty();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        assertThat(EvidenceTypes.detect(file("anh.png", png).file(), "anh.png")).contains("image/png");
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    static <T> T uncheck(ThrowingSupplier<T> s) {
        try {
            return s.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
