package org.parsteering.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the portal writes: UTF-8 with a BOM (so spreadsheet programs read Vietnamese correctly),
 * RFC 4180 quoting, and no cell a spreadsheet would run as a formula. A text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (the OWASP rule for CSV
 * injection), so {@code =HYPERLINK(…)} in a procedure name reaches the reader as text. Numbers stay numbers:
 * only text is ever prefixed, so a negative count is still a number.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFile() {}

    /** The file: the header row, then one row per element of {@code rows}; cells as {@link #cell(Object)}. */
    public static byte[] write(List<?> header, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(CsvFile::cell));
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvFile::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell's text: empty for null, a number as written, any other value as safe text ({@link #safe}). */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return safe(value.toString());
    }

    /** {@code text} with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
