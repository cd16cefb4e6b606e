package org.parsteering.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which evidence files are accepted (SPEC 7: "evidence uploads size- and type-checked"): PDF, images and
 * office documents, recognised by their first bytes — a renamed executable is refused whatever its name.
 */
public final class EvidenceTypes {

    public static final long MAX_BYTES = EvidenceUpload.MAX_BYTES;

    private EvidenceTypes() {}

    /** The content type of an accepted file, or empty when the content is not an accepted kind. */
    public static Optional<String> detect(Path file, String fileName) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String ext = extension(fileName);
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return Optional.of("application/pdf");
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Optional.of("image/png");
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (n >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return Optional.of("image/gif");
        }
        if (n >= 12
                && head[0] == 'R'
                && head[1] == 'I'
                && head[2] == 'F'
                && head[3] == 'F'
                && head[8] == 'W'
                && head[9] == 'E'
                && head[10] == 'B'
                && head[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return switch (ext) {
                case "docx" -> Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "xlsx" -> Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                case "pptx" -> Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                case "odt" -> Optional.of("application/vnd.oasis.opendocument.text");
                case "ods" -> Optional.of("application/vnd.oasis.opendocument.spreadsheet");
                default -> Optional.empty();
            };
        }
        if (n >= 8
                && (head[0] & 0xff) == 0xD0
                && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return switch (ext) {
                case "doc" -> Optional.of("application/msword");
                case "xls" -> Optional.of("application/vnd.ms-excel");
                case "ppt" -> Optional.of("application/vnd.ms-powerpoint");
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
