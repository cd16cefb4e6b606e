package org.parsteering.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.parsteering.base.BackgroundJobs;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Conflicts;
import org.parsteering.base.CsvFile;
import org.parsteering.base.tabular.ImportLimits;
import org.parsteering.base.tabular.ImportProgress;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.ImportTemplates;
import org.parsteering.base.tabular.RowError;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.base.tabular.TabularRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload of a CSV or XLSX file for one of the imports of SPEC 5, in three steps: the file is read and its
 * first rows and row count are shown (a file that cannot be read shows its problems right away); the user
 * confirms; the import runs in the background with a progress bar, and the dialog shows what it did
 * (created / updated / unchanged) or, for a refused file, every bad row with line, column and reason, which
 * can be downloaded as CSV. While a large file imports, the rest of the portal stays usable for everyone,
 * this user included.
 */
public class ImportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    static final int PREVIEW_ROWS = 5;

    private final TabularFormat format;
    private final int maxRows;
    private final Importer importer;
    private final Runnable onImported;
    private final Upload upload;
    private final Details columns = new Details();
    private final Div preview = new Div();
    private final JobProgress progressArea = new JobProgress("import-progress", "import-progress-text");
    private final Div result = new Div();
    private final Button close;
    private CompletableFuture<ImportResult> running;

    /**
     * The button that opens an import dialog: labelled with the dialog's title and the upload icon; each click
     * opens a new dialog (a fresh upload).
     */
    public static Button button(
            String id, String title, String formatHelp, TabularFormat format, Importer importer, Runnable onImported) {
        Button button = new Button(
                title,
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(title, formatHelp, format, importer, onImported).open());
        button.setId(id);
        return button;
    }

    public ImportDialog(String title, String formatHelp, TabularFormat format, Importer importer, Runnable onImported) {
        this.format = format;
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle(title);
        setWidth("min(60rem, 96vw)");
        addClassName("import-dialog");

        Paragraph help = new Paragraph(formatHelp);
        help.addClassName("import-help");
        HorizontalLayout templates = new HorizontalLayout(
                template(
                        "import-template-csv",
                        "import.templateCsv",
                        ImportTemplates.csvName(format),
                        "text/csv; charset=UTF-8",
                        ImportTemplates.csv(format)),
                template(
                        "import-template-xlsx",
                        "import.templateXlsx",
                        ImportTemplates.xlsxName(format),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        ImportTemplates.xlsx(format)));
        templates.setWrap(true);
        templates.addClassName("import-templates");
        columns.setSummaryText(getTranslation("import.columns", format.columns().size()));
        columns.add(new ImportColumnsList(format));
        columns.setOpened(true);
        columns.addClassName("import-columns");

        ImportLimits limits = limits();
        this.maxRows = limits.maxRows();
        // The file goes to a temporary file, capped on the server, read there outside the session lock (a
        // large file takes a moment, and the screen stays responsive), and deleted as soon as it is read.
        upload = new Upload(TempFileUpload.deleting(limits.maxBytes().toBytes(), (fileName, file, size) -> {
            Object read = read(file, fileName);
            // An upload handler runs without the session lock and, in a real upload request, without a current
            // UI: the preview is shown through the dialog's own UI, under its lock (changing the dialog unlocked
            // raced the UI's next round trip: "Internal error", ConcurrentModificationException in StateTree).
            UI ui = UI.getCurrent() != null ? UI.getCurrent() : getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> showPreview(fileName, read));
            } else {
                showPreview(fileName, read);
            }
        }));
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        Localized.upload(upload);
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, limits.maxBytes().toBytes()));
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("import.fileRejected", e.getErrorMessage())));

        preview.addClassName("import-preview");
        result.addClassName("import-result");
        add(help, templates, columns, upload, preview, progressArea, result);
        close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
    }

    /** The file as read for the preview, or the {@link BusinessException} that says why it cannot be read. */
    private Object read(Path file, String fileName) {
        try {
            return TabularReader.read(file, fileName, format, maxRows);
        } catch (BusinessException e) {
            return e;
        }
    }

    /** Step 1 for a file given as bytes (tests): shows its first rows and row count, or why it cannot be imported. */
    void showPreview(byte[] bytes, String fileName) {
        Object read;
        try {
            read = TabularReader.read(bytes, fileName, format);
        } catch (BusinessException e) {
            read = e;
        }
        showPreview(fileName, read);
    }

    private void showPreview(String fileName, Object read) {
        preview.removeAll();
        result.removeAll();
        // A corrected file must be uploadable right away: the list holds one file at most.
        upload.clearFileList();
        if (read instanceof ImportRejectedException e) {
            showErrors(fileName, e);
            return;
        }
        if (read instanceof BusinessException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
            return;
        }
        TabularFile file = (TabularFile) read;
        columns.setOpened(false);
        int rows = file.rows().size();
        Paragraph summary = new Paragraph(getTranslation(
                "import.preview", fileName, Formats.number(rows, getLocale()), Math.min(PREVIEW_ROWS, rows)));
        summary.setId("import-preview-summary");
        Grid<TabularRow> grid = new Grid<>();
        for (String column : file.columns()) {
            grid.addColumn(r -> r.get(column)).setHeader(column).setAutoWidth(true);
        }
        grid.setItems(file.rows().subList(0, Math.min(PREVIEW_ROWS, rows)));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("import-preview-grid");
        Button confirm = new Button(
                getTranslation("import.confirm", Formats.number(rows, getLocale())), e -> start(file, fileName, rows));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("import-confirm");
        Button discard = new Button(getTranslation("import.discard"), e -> preview.removeAll());
        discard.setId("import-discard");
        HorizontalLayout buttons = new HorizontalLayout(confirm, discard);
        buttons.setWrap(true);
        preview.add(summary, grid, buttons);
    }

    /** Step 2: the import runs in the background; the screen polls for its progress. */
    void start(TabularFile file, String fileName, int rows) {
        preview.removeAll();
        result.removeAll();
        upload.setVisible(false);
        close.setEnabled(false);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        ImportProgress progress =
                (phase, done, total) -> progressArea.report("import.progress." + phase.name(), done, total);
        running = progressArea.run(
                jobs(),
                getTranslation("import.progress.READING", Formats.number(rows, getLocale())),
                () -> importer.run(file, fileName, progress),
                (r, failure) -> finish(fileName, r, failure));
    }

    /** Step 3: what the import did, or why nothing was imported. */
    void finish(String fileName, ImportResult r, Throwable cause) {
        upload.setVisible(true);
        close.setEnabled(true);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        if (cause == null) {
            String text = getTranslation("import.done", fileName, r.created(), r.updated(), r.unchanged());
            Paragraph ok = new Paragraph(text);
            ok.addClassName("import-ok");
            result.add(ok);
            Notifications.success(text);
            onImported.run();
        } else if (cause instanceof ImportRejectedException e) {
            showErrors(fileName, e);
        } else if (cause instanceof BusinessException e) {
            // A refusal of the whole file (a locked period, SPEC 4a): it stays in the dialog as well as in a toast.
            String text = getTranslation(e.getMessageKey(), e.getArgs());
            Paragraph refused = new Paragraph(text);
            refused.addClassNames("import-rejected", "import-refused");
            result.add(refused);
            Notifications.error(text);
        } else if (Conflicts.isConflict(cause)) {
            // Another change held the same rows even after the service's retries: nothing was saved.
            log.info("Import of {} met a concurrent change: {}", fileName, cause.toString());
            Notifications.error(getTranslation(Conflicts.MESSAGE_KEY));
        } else {
            log.error("Import of {} failed", fileName, cause);
            Notifications.error(getTranslation("import.failed", fileName));
        }
    }

    private void showErrors(String fileName, ImportRejectedException e) {
        Paragraph summary = new Paragraph(
                getTranslation("import.rejectedSummary", fileName, e.getErrors().size()));
        summary.addClassName("import-rejected");
        Grid<RowError> errors = new Grid<>();
        errors.addColumn(RowError::line)
                .setHeader(getTranslation("import.col.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::column)
                .setHeader(getTranslation("import.col.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(err -> getTranslation(err.messageKey(), err.args().toArray()))
                .setHeader(getTranslation("import.col.reason"))
                .setFlexGrow(1);
        errors.setItems(e.getErrors());
        errors.setAllRowsVisible(e.getErrors().size() <= 12);
        errors.setHeight(e.getErrors().size() <= 12 ? null : "24rem");
        errors.addClassName("import-errors");
        byte[] csv = errorsCsv(e.getErrors());
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), "import-errors.csv", "text/csv; charset=UTF-8", csv.length)),
                getTranslation("import.downloadErrors"));
        download.setId("import-errors-csv");
        result.add(summary, errors, download);
    }

    private Anchor template(String id, String labelKey, String fileName, String contentType, byte[] bytes) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length)),
                AttachmentType.DOWNLOAD,
                getTranslation(labelKey));
        link.setId(id);
        return link;
    }

    /** The refused rows as CSV (UTF-8 with BOM): line, column, reason in the user's language. */
    byte[] errorsCsv(List<RowError> rows) {
        return CsvFile.write(
                List.of(
                        getTranslation("import.col.line"),
                        getTranslation("import.col.column"),
                        getTranslation("import.col.reason")),
                rows.stream()
                        .map(err -> List.<Object>of(
                                err.line(),
                                err.column(),
                                getTranslation(err.messageKey(), err.args().toArray())))
                        .toList());
    }

    /** The running import, for tests that wait for it. */
    CompletableFuture<ImportResult> running() {
        return running;
    }

    private static ImportLimits limits() {
        VaadinService service = VaadinService.getCurrent();
        return service == null
                ? ImportLimits.DEFAULTS
                : service.getInstantiator().getOrCreate(ImportLimits.class);
    }

    private static BackgroundJobs jobs() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(BackgroundJobs.class);
    }
}
