package org.parsteering.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.TempFileUpload;
import org.parsteering.plan.AssignmentView;
import org.parsteering.plan.EvidenceUpload;
import org.parsteering.plan.ProgressService;
import org.parsteering.plan.TaskStatus;

/**
 * The buttons of one assignment, for whoever may use them: the unit head of that unit reports progress or
 * completion; the committee accepts or returns a completion report. The service checks again.
 */
final class AssignmentActions {

    private AssignmentActions() {}

    /**
     * Files and links the unit attaches to a report. Files are streamed to temporary files (never held in
     * memory), refused on the server past {@link EvidenceUpload#MAX_BYTES}, and deleted when they are no
     * longer needed: removed from the list, or the dialog closed or detached (sent, cancelled, session
     * closed). A file that arrives after that is deleted at once.
     */
    static final class EvidenceInput {
        private final List<EvidenceUpload> files = new ArrayList<>();
        private boolean closed;
        final TempFileUpload handler;
        final Upload upload;
        final TextArea links = new TextArea();

        EvidenceInput(Component view) {
            this(view, null);
        }

        /** With the temporary files in {@code directory} (tests count them there), or the system's when null. */
        EvidenceInput(Component view, Path directory) {
            TempFileUpload capped = TempFileUpload.keeping(EvidenceUpload.MAX_BYTES, this::received);
            handler = directory == null ? capped : capped.in(directory);
            upload = new Upload(handler);
            upload.setMaxFiles(10);
            upload.setMaxFileSize((int) EvidenceUpload.MAX_BYTES);
            upload.setAcceptedFileTypes(
                    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
                    ".odt", ".ods");
            org.parsteering.base.ui.Localized.upload(upload);
            upload.addFileRejectedListener(
                    e -> Notifications.error(view.getTranslation("import.fileRejected", e.getErrorMessage())));
            upload.addFileRemovedListener(e -> remove(e.getFileName()));
            upload.addDetachListener(e -> cleanUp());
            upload.setId("evidence-upload");
            links.setLabel(view.getTranslation("tasks.evidenceLinks"));
            links.setPlaceholder("https://…");
            links.setId("evidence-links");
            links.setWidthFull();
        }

        /** Called by the upload request, outside the session lock. */
        private void received(String fileName, Path file, long size) throws IOException {
            synchronized (files) {
                if (!closed) {
                    files.add(new EvidenceUpload(fileName, file, size));
                    return;
                }
            }
            Files.deleteIfExists(file);
        }

        /** The files received so far. */
        List<EvidenceUpload> files() {
            synchronized (files) {
                return List.copyOf(files);
            }
        }

        private void remove(String fileName) {
            List<EvidenceUpload> gone = new ArrayList<>();
            synchronized (files) {
                files.removeIf(f -> f.fileName().equals(fileName) && gone.add(f));
            }
            gone.forEach(f -> delete(f.file()));
        }

        java.util.List<String> linkList() {
            return links.getValue()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
        }

        Component component(Component view) {
            com.vaadin.flow.component.html.Span label =
                    new com.vaadin.flow.component.html.Span(view.getTranslation("tasks.evidenceFiles"));
            label.addClassName("field-label");
            return new com.vaadin.flow.component.html.Div(label, upload, links);
        }

        /** Deletes every received file; later arrivals are deleted as they come. */
        void cleanUp() {
            List<EvidenceUpload> gone;
            synchronized (files) {
                closed = true;
                gone = List.copyOf(files);
                files.clear();
            }
            gone.forEach(f -> delete(f.file()));
        }

        private static void delete(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the operating system removes anyway
            }
        }
    }

    static Component forUnitHead(Component view, ProgressService progress, AssignmentView a, Runnable refresh) {
        HorizontalLayout l = new HorizontalLayout();
        l.setWrap(true); // two buttons stack in a narrow column rather than run past the grid's edge
        l.setSpacing(false);
        l.getStyle().set("gap", "var(--lumo-space-xs)");
        if (a.status() == TaskStatus.NOT_STARTED || a.status() == TaskStatus.IN_PROGRESS) {
            Button report = new Button(
                    view.getTranslation("tasks.reportProgress"), e -> openProgress(view, progress, a, refresh));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            report.addClassName("report-progress");
            l.add(report);
            if (a.lead()) {
                Button complete = new Button(
                        view.getTranslation("tasks.reportComplete"), e -> openComplete(view, progress, a, refresh));
                complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                complete.addClassName("report-complete");
                l.add(complete);
            }
        }
        return l;
    }

    static Component forReviewer(Component view, ProgressService progress, AssignmentView a, Runnable refresh) {
        HorizontalLayout l = new HorizontalLayout();
        l.setSpacing(false);
        l.getStyle().set("gap", "var(--lumo-space-xs)");
        if (a.status() == TaskStatus.COMPLETED) {
            Button accept =
                    new Button(view.getTranslation("tasks.accept"), e -> confirmAccept(view, progress, a, refresh));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            accept.addClassName("review-accept");
            Button ret = new Button(view.getTranslation("tasks.return"), e -> openReturn(view, progress, a, refresh));
            ret.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            ret.addClassName("review-return");
            l.add(accept, ret);
        }
        return l;
    }

    /** Accepting closes the task for good, so it asks first, with room for a comment kept in the history. */
    static void confirmAccept(Component view, ProgressService progress, AssignmentView a, Runnable refresh) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(view.getTranslation("tasks.acceptTitle", a.taskCode()));
        TextArea comment = new TextArea(view.getTranslation("tasks.acceptComment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("accept-comment");
        d.add(new Paragraph(view.getTranslation("tasks.acceptConfirm", a.taskCode(), a.unitName())), comment);
        d.setCancelable(true);
        d.setCancelText(view.getTranslation("common.cancel"));
        d.setConfirmText(view.getTranslation("tasks.accept"));
        d.setConfirmButtonTheme("primary success");
        d.addConfirmListener(e -> {
            progress.accept(a.id(), a.version(), comment.getValue());
            Notifications.success(view.getTranslation("tasks.accepted", a.taskCode()));
            refresh.run();
        });
        d.setId("accept-confirm");
        d.open();
    }

    static void openProgress(Component view, ProgressService progress, AssignmentView a, Runnable refresh) {
        Dialog d = new Dialog();
        d.setHeaderTitle(view.getTranslation("tasks.reportProgressTitle", a.taskCode(), a.unitName()));
        d.setWidth("min(32rem, 96vw)");
        IntegerField percent = new IntegerField(view.getTranslation("tasks.percent"));
        percent.setMin(0);
        percent.setMax(100);
        // No step: with a step of 5 a current progress of 27 % opened the dialog already red.
        percent.setStepButtonsVisible(true);
        percent.setValue(a.progress());
        percent.setErrorMessage(view.getTranslation("task.error.percent"));
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        percent.setId("progress-percent");
        TextArea note = new TextArea(view.getTranslation("tasks.note"));
        note.setMaxLength(2000);
        note.setId("progress-note");
        EvidenceInput evidence = new EvidenceInput(view);
        FieldErrors errors = new FieldErrors(view)
                .on("task.error.percent", percent)
                .on("task.error.noteTooLong", note)
                .on("task.error.evidenceLink", evidence.links);
        Button save = new Button(view.getTranslation("tasks.send"), e -> {
            if (percent.getValue() == null || percent.isInvalid()) {
                errors.show(percent, "task.error.percent");
                return;
            }
            if (!errors.save(() -> progress.reportProgress(
                    a.id(), a.version(), percent.getValue(), note.getValue(), evidence.files(), evidence.linkList()))) {
                return;
            }
            evidence.cleanUp();
            Notifications.success(view.getTranslation("tasks.progressSent"));
            d.close();
            refresh.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("progress-save");
        d.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                evidence.cleanUp();
            }
        });
        FormLayout form = new FormLayout(percent, note, evidence.component(view));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        d.add(form);
        d.getFooter().add(new Button(view.getTranslation("common.cancel"), e -> d.close()), save);
        d.open();
    }

    static void openComplete(Component view, ProgressService progress, AssignmentView a, Runnable refresh) {
        Dialog d = new Dialog();
        d.setHeaderTitle(view.getTranslation("tasks.reportCompleteTitle", a.taskCode()));
        d.setWidth("min(32rem, 96vw)");
        TextArea note = new TextArea(view.getTranslation("tasks.note"));
        note.setMaxLength(2000);
        note.setHelperText(view.getTranslation("tasks.reportCompleteHelp"));
        EvidenceInput evidence = new EvidenceInput(view);
        FieldErrors errors =
                new FieldErrors(view).on("task.error.noteTooLong", note).on("task.error.evidenceLink", evidence.links);
        Button save = new Button(view.getTranslation("tasks.reportComplete"), e -> {
            if (!errors.save(() -> progress.reportComplete(
                    a.id(), a.version(), note.getValue(), evidence.files(), evidence.linkList()))) {
                return;
            }
            evidence.cleanUp();
            Notifications.success(view.getTranslation("tasks.completionSent"));
            d.close();
            refresh.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("complete-save");
        d.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                evidence.cleanUp();
            }
        });
        d.add(note, evidence.component(view));
        note.setWidthFull();
        d.getFooter().add(new Button(view.getTranslation("common.cancel"), e -> d.close()), save);
        d.open();
    }

    static void openReturn(Component view, ProgressService progress, AssignmentView a, Runnable refresh) {
        Dialog d = new Dialog();
        d.setHeaderTitle(view.getTranslation("tasks.returnTitle", a.taskCode()));
        d.setWidth("min(32rem, 96vw)");
        TextArea reason = new TextArea(view.getTranslation("tasks.returnReason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("return-reason");
        FieldErrors errors = new FieldErrors(view).on("task.error.returnReason", reason);
        Button save = new Button(view.getTranslation("tasks.return"), e -> {
            if (!errors.save(() -> progress.returnReport(a.id(), a.version(), reason.getValue()))) {
                return;
            }
            Notifications.success(view.getTranslation("tasks.returned", a.taskCode()));
            d.close();
            refresh.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setId("return-save");
        d.add(reason);
        d.getFooter().add(new Button(view.getTranslation("common.cancel"), e -> d.close()), save);
        d.open();
    }
}
