package org.parsteering.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parsteering.base.BoundedCopy;

/**
 * Receives an uploaded file into a temporary file, enforcing the size limit on the server while it arrives
 * (the browser's own limit can be changed by its user): past {@code maxBytes} the upload is refused at
 * once with a translated message. The temporary file is deleted in every outcome the receiver does not
 * take over — refused, broken off, failed, or (for {@link #deleting}) once the receiver has read it.
 */
public final class TempFileUpload implements UploadHandler {

    /** What to do with a received file. */
    @FunctionalInterface
    public interface Receiver {
        void received(String fileName, Path file, long size) throws IOException;
    }

    private final long maxBytes;
    private final Path directory;
    private final Receiver receiver;
    private final boolean keep;

    private TempFileUpload(long maxBytes, Path directory, Receiver receiver, boolean keep) {
        this.maxBytes = maxBytes;
        this.directory = directory;
        this.receiver = receiver;
        this.keep = keep;
    }

    /** The file exists only while {@code receiver} runs, and is deleted right after, whatever it did. */
    public static TempFileUpload deleting(long maxBytes, Receiver receiver) {
        return new TempFileUpload(maxBytes, null, receiver, false);
    }

    /** {@code receiver} owns the file once it returns normally and must delete it; otherwise it is deleted here. */
    public static TempFileUpload keeping(long maxBytes, Receiver receiver) {
        return new TempFileUpload(maxBytes, null, receiver, true);
    }

    /** The same handler with its temporary files in {@code directory} (tests count them there). */
    public TempFileUpload in(Path directory) {
        return new TempFileUpload(maxBytes, directory, receiver, keep);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, fileName);
            return;
        }
        Path file = directory == null
                ? Files.createTempFile("par-upload-", ".tmp")
                : Files.createTempFile(directory, "par-upload-", ".tmp");
        boolean handedOver = false;
        try {
            long size;
            try (InputStream in = event.getInputStream()) {
                size = BoundedCopy.toFile(in, file, maxBytes);
            }
            if (size < 0) {
                refuse(event, fileName);
                return;
            }
            receiver.received(fileName, file, size);
            handedOver = keep;
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void refuse(UploadEvent event, String fileName) {
        UI ui = event.getUI();
        long megabytes = Math.max(1, maxBytes / (1024 * 1024));
        String message = ui == null
                ? "The file " + fileName + " is larger than " + megabytes + " MB."
                : ui.getTranslation("upload.tooLarge", fileName, megabytes);
        event.reject(message);
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }
}
