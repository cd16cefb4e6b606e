package org.parsteering.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload (an API body, a file of the upload component) to a file, never more than a limit: the
 * size is counted while the bytes arrive, so a sender that announces nothing, or lies, is stopped at the
 * limit instead of filling the disk or the heap.
 */
public final class BoundedCopy {

    private BoundedCopy() {}

    /** Copies {@code in} to {@code file}: the bytes copied, or -1 (the rest left unread) past {@code maxBytes}. */
    public static long toFile(InputStream in, Path file, long maxBytes) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }
}
