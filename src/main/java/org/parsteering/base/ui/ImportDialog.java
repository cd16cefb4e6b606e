package org.parsteering.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiFunction;
import org.parsteering.base.BusinessException;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;

/**
 * Upload of a CSV or XLSX file for one of the imports of SPEC 5. Shows what an accepted file did
 * (created / updated / unchanged) or, for a refused file, every bad row with line, column and reason.
 */
public class ImportDialog extends Dialog {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Div result = new Div();
    private Upload upload;
    private final Runnable onImported;

    public ImportDialog(
            String title, String formatHelp, BiFunction<byte[], String, ImportResult> importer, Runnable onImported) {
        this.onImported = onImported;
        setHeaderTitle(title);
        setWidth("min(56rem, 96vw)");
        addClassName("import-dialog");

        Paragraph help = new Paragraph(formatHelp);
        help.addClassName("import-help");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            Runnable work = () -> handle(importer, bytes, meta.fileName());
            if (ui != null) {
                ui.access(work::run);
            } else {
                work.run();
            }
        }));
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        Localized.upload(upload);
        this.upload = upload;
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("import.fileRejected", e.getErrorMessage())));

        result.addClassName("import-result");
        add(help, upload, result);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    void handle(BiFunction<byte[], String, ImportResult> importer, byte[] bytes, String fileName) {
        result.removeAll();
        // A corrected file must be uploadable right away: the list holds one file at most.
        if (upload != null) {
            upload.clearFileList();
        }
        try {
            ImportResult r = importer.apply(bytes, fileName);
            Paragraph ok =
                    new Paragraph(getTranslation("import.done", fileName, r.created(), r.updated(), r.unchanged()));
            ok.addClassName("import-ok");
            result.add(ok);
            Notifications.success(getTranslation("import.done", fileName, r.created(), r.updated(), r.unchanged()));
            onImported.run();
        } catch (ImportRejectedException e) {
            showErrors(fileName, e);
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
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
        com.vaadin.flow.component.html.Anchor download = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(
                        event -> new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(csv),
                                "import-errors.csv",
                                "text/csv; charset=UTF-8",
                                csv.length)),
                getTranslation("import.downloadErrors"));
        download.setId("import-errors-csv");
        result.add(summary, errors, download);
    }

    /** The refused rows as CSV (UTF-8 with BOM): line, column, reason in the user's language. */
    byte[] errorsCsv(java.util.List<RowError> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            printer.printRecord(
                    getTranslation("import.col.line"),
                    getTranslation("import.col.column"),
                    getTranslation("import.col.reason"));
            for (RowError err : rows) {
                printer.printRecord(
                        err.line(),
                        err.column(),
                        getTranslation(err.messageKey(), err.args().toArray()));
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
