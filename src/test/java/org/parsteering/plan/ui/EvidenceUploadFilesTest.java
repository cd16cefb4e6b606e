package org.parsteering.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parsteering.base.ui.TempFileUpload;
import org.parsteering.plan.EvidenceUpload;
import org.parsteering.support.KaribuTest;

/**
 * Evidence and import uploads on screens: the size limit holds on the server whatever the browser was told,
 * and no temporary file outlives its use — refused, broken off, removed from the list, dialog closed or
 * detached (cancelled, sent, session closed).
 */
class EvidenceUploadFilesTest extends KaribuTest {

    @TempDir
    Path dir;

    private long filesInTempFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private UploadEvent upload(com.vaadin.flow.component.Component owner, String name, InputStream content)
            throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(content);
        return new UploadEvent(
                request,
                mock(VaadinResponse.class),
                VaadinSession.getCurrent(),
                name,
                -1,
                "application/pdf",
                owner.getElement(),
                null);
    }

    private static InputStream pdf(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ' ');
        System.arraycopy("%PDF-1.4".getBytes(), 0, b, 0, 8);
        return new ByteArrayInputStream(b);
    }

    private AssignmentActions.EvidenceInput attached() {
        Div view = new Div();
        UI.getCurrent().add(view);
        AssignmentActions.EvidenceInput evidence = new AssignmentActions.EvidenceInput(view, dir);
        view.add(evidence.component(view));
        return evidence;
    }

    @Test
    void an_evidence_file_over_10_mb_is_refused_on_the_server_and_leaves_no_temporary_file() throws Exception {
        AssignmentActions.EvidenceInput evidence = attached();
        UploadEvent event = upload(evidence.upload, "big.pdf", pdf((int) EvidenceUpload.MAX_BYTES + 1));

        evidence.handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("big.pdf is larger than 10 MB and was not received.");
        assertThat(evidence.files()).isEmpty();
        assertThat(filesInTempFolder()).isZero();
    }

    @Test
    void an_evidence_upload_broken_off_midway_leaves_no_temporary_file() throws Exception {
        AssignmentActions.EvidenceInput evidence = attached();
        InputStream broken = new java.io.SequenceInputStream(pdf(100_000), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the browser went away");
            }
        });

        try {
            evidence.handler.handleUploadRequest(upload(evidence.upload, "cut.pdf", broken));
        } catch (IOException expected) {
            // the upload request fails, as Vaadin sees a broken-off transfer
        }

        assertThat(evidence.files()).isEmpty();
        assertThat(filesInTempFolder()).isZero();
    }

    @Test
    void received_evidence_files_are_deleted_when_the_dialog_closes_without_sending() throws Exception {
        AssignmentActions.EvidenceInput evidence = attached();
        evidence.handler.handleUploadRequest(upload(evidence.upload, "a.pdf", pdf(1_000)));
        evidence.handler.handleUploadRequest(upload(evidence.upload, "b.pdf", pdf(2_000)));
        assertThat(evidence.files()).extracting(EvidenceUpload::fileName).containsExactly("a.pdf", "b.pdf");
        assertThat(filesInTempFolder()).isEqualTo(2);

        // Cancel, Esc, a refused report then closed, or the session closing: the upload leaves the UI.
        UI.getCurrent().removeAll();

        assertThat(filesInTempFolder()).isZero();
        assertThat(evidence.files()).isEmpty();
    }

    @Test
    void a_file_removed_from_the_list_or_arriving_after_the_dialog_closed_is_deleted() throws Exception {
        AssignmentActions.EvidenceInput evidence = attached();
        evidence.handler.handleUploadRequest(upload(evidence.upload, "a.pdf", pdf(1_000)));
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                evidence.upload, new com.vaadin.flow.component.upload.FileRemovedEvent(evidence.upload, "a.pdf"));
        assertThat(evidence.files()).isEmpty();
        assertThat(filesInTempFolder()).isZero();

        evidence.cleanUp();
        evidence.handler.handleUploadRequest(upload(evidence.upload, "late.pdf", pdf(1_000)));

        assertThat(evidence.files()).isEmpty();
        assertThat(filesInTempFolder()).isZero();
    }

    @Test
    void an_import_file_exists_only_while_it_is_read_whatever_the_reading_does() throws Exception {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        long[] seen = new long[1];
        TempFileUpload handler = TempFileUpload.deleting(1_000, (name, file, size) -> {
                    seen[0] = Files.size(file);
                    throw new IllegalStateException("the reader failed");
                })
                .in(dir);

        try {
            handler.handleUploadRequest(upload(owner, "units.csv", new ByteArrayInputStream(new byte[500])));
        } catch (IllegalStateException expected) {
            // the reader's failure reaches Vaadin
        }
        UploadEvent tooBig = upload(owner, "units.csv", new ByteArrayInputStream(new byte[1_001]));
        handler.handleUploadRequest(tooBig);

        assertThat(seen[0]).isEqualTo(500);
        assertThat(tooBig.isRejected()).isTrue();
        assertThat(filesInTempFolder()).isZero();
    }
}
