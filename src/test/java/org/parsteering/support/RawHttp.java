package org.parsteering.support;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HTTP/1.1 over a plain socket, for requests an ordinary client cannot make: a body announced but never
 * sent, or hundreds of megabytes generated while they are sent (never held in memory). The answer is read
 * while the body is still being written, so an early answer (403, 413) is seen, and writing stops then.
 */
public final class RawHttp {

    /** Writes a request body; should stop when {@code stop} turns true. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out, AtomicBoolean stop) throws IOException;
    }

    /** An answer: status, headers (lower-case names), the first MB of its body, and its whole length. */
    public record Response(int status, Map<String, String> headers, String body, long bodyLength) {}

    private static final int KEEP = 1024 * 1024;

    private RawHttp() {}

    /**
     * Sends {@code body} ({@code contentLength} bytes announced, or chunked when negative; {@code null} body:
     * nothing is sent after the headers) and waits at most {@code timeoutSeconds} for the whole answer.
     */
    public static Response post(
            String host,
            int port,
            String path,
            Map<String, String> headers,
            long contentLength,
            Body body,
            int timeoutSeconds)
            throws Exception {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(timeoutSeconds * 1000);
            AtomicBoolean answered = new AtomicBoolean();
            CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return read(socket.getInputStream());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    answered.set(true);
                }
            });
            OutputStream raw = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            StringBuilder head = new StringBuilder("POST ")
                    .append(path)
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(host)
                    .append(':')
                    .append(port)
                    .append("\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(contentLength >= 0 ? "Content-Length: " + contentLength : "Transfer-Encoding: chunked")
                    .append("\r\n\r\n");
            try {
                raw.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                raw.flush();
                if (body != null) {
                    OutputStream out = contentLength >= 0 ? raw : new Chunked(raw);
                    body.writeTo(out, answered);
                    if (out instanceof Chunked c) {
                        c.finish();
                    }
                    raw.flush();
                }
            } catch (IOException e) {
                // The server stopped reading (it answered early and closed): its answer says why.
            }
            return answer.get(timeoutSeconds, TimeUnit.SECONDS);
        }
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("no answer");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(
                    l.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    l.substring(colon + 1).strip());
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (true) {
                String size = line(in);
                int n = size == null ? 0 : Integer.parseInt(size.split(";")[0].strip(), 16);
                if (n == 0) {
                    break;
                }
                length += copy(in, n, kept);
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            length = copy(in, Long.parseLong(headers.get("content-length")), kept);
        } else {
            length = copy(in, Long.MAX_VALUE, kept);
        }
        return new Response(
                Integer.parseInt(status.split(" ")[1]), headers, kept.toString(StandardCharsets.UTF_8), length);
    }

    private static long copy(InputStream in, long n, ByteArrayOutputStream kept) throws IOException {
        byte[] buf = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            int keep = (int) Math.max(0, Math.min(r, KEEP - kept.size()));
            kept.write(buf, 0, keep);
            done += r;
        }
        return done;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = b.length();
                return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
            }
            b.append((char) c);
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static final class Chunked extends OutputStream {
        private final OutputStream out;

        Chunked(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b, off, len);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A multipart/form-data body with one part {@code file} whose content is {@code content} ({@code size} bytes). */
    public record Multipart(String contentType, long length, Body body) {}

    public static Multipart multipart(String fileName, long size, Body content) {
        String boundary = "----par-test-boundary-" + Long.toHexString(System.nanoTime());
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return new Multipart(
                "multipart/form-data; boundary=" + boundary, start.length + size + end.length, (out, stop) -> {
                    out.write(start);
                    content.writeTo(out, stop);
                    out.write(end);
                });
    }

    /** A body of {@code size} bytes: {@code head}, then {@code pattern} repeated (cut at the end). */
    public static Body repeated(long size, byte[] head, byte[] pattern) {
        return (out, stop) -> {
            // Whole patterns per block, so that rows stay whole across blocks.
            byte[] block = new byte[pattern.length * Math.max(1, 64 * 1024 / pattern.length)];
            int filled = 0;
            while (filled < block.length) {
                int n = Math.min(pattern.length, block.length - filled);
                System.arraycopy(pattern, 0, block, filled, n);
                filled += n;
            }
            long left = size;
            int h = (int) Math.min(head.length, left);
            out.write(head, 0, h);
            left -= h;
            while (left > 0 && !stop.get()) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        };
    }
}
