package org.parsteering.base.tabular;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the import files of SPEC section 5: CSV (UTF-8, optional BOM, header row, RFC 4180 quoting, comma
 * separator) or the first sheet of an XLSX workbook with the same columns. Column names are
 * case-insensitive. Anything wrong with the file as a whole (not CSV/XLSX, empty, unknown or missing
 * columns, more rows than allowed) is reported as row errors so that the user sees every problem at once.
 *
 * <p>Both formats are read as streams, row by row — CSV through a {@link Reader}, XLSX through POI's SAX
 * reader with POI's default zip-bomb checks — and rows are kept compactly, so a file at the size limit fits a
 * small heap. Reading stops as soon as the file has more than {@code maxRows} data rows.
 */
public final class TabularReader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TabularReader.class);

    /** The most bytes of shared-strings XML an XLSX may unpack to (POI keeps those strings in memory). */
    static final long MAX_SHARED_STRINGS_XML = 64L * 1024 * 1024;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TabularReader() {}

    /** Reads a file held in memory (small files made by the portal itself, tests), with the default row limit. */
    public static TabularFile read(byte[] content, String fileName, TabularFormat format) {
        if (content == null || content.length == 0) {
            throw emptyFile();
        }
        if (isZip(content)) {
            // POI streams an XLSX only from a file; a copy on disk costs little for the small files given here.
            Path tmp = null;
            try {
                tmp = Files.createTempFile("par-import-", ".xlsx");
                Files.write(tmp, content);
                return read(tmp, fileName, format, ImportLimits.DEFAULT_MAX_ROWS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(tmp);
            }
        }
        return readCsv(new ByteArrayInputStream(content), fileName, format, ImportLimits.DEFAULT_MAX_ROWS);
    }

    /** Reads a file received to disk; refuses it once it has more than {@code maxRows} data rows. */
    public static TabularFile read(Path file, String fileName, TabularFormat format, int maxRows) {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == 0) {
            throw emptyFile();
        }
        if (n == 4 && isZip(head)) {
            return readXlsx(file, format, maxRows);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readCsv(in, fileName, format, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static TabularFile readCsv(InputStream in, String fileName, TabularFormat format, int maxRows) {
        Reader text = new TextReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        CSVFormat csv = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        Rows rows = new Rows(format, maxRows);
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(text, csv)) {
            for (CSVRecord rec : parser) {
                lastRecord = rec.getRecordNumber();
                // Line numbers count records as a spreadsheet shows rows: the header is line 1.
                rows.add((int) lastRecord, java.util.Arrays.asList(rec.values()));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : null;
            if (e instanceof CharacterCodingException
                    || cause instanceof CharacterCodingException
                    || e instanceof NotTextException
                    || cause instanceof NotTextException) {
                throw notTabular(fileName);
            }
            // Commons CSV's own message names its classes and positions in its own words: say it plainly.
            int line = (int) Math.min(Integer.MAX_VALUE, lastRecord + 1);
            throw new ImportRejectedException(List.of(RowError.of(line, "", "import.error.badCsv", line)));
        }
        return rows.finish();
    }

    private static TabularFile readXlsx(Path file, TabularFormat format, int maxRows) {
        Rows rows = new Rows(format, maxRows);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw emptyFile();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, new SheetRows(rows), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportRejectedException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ImportRejectedException ire) {
                throw ire;
            }
            // POI's message (a zip bomb, a damaged or encrypted file) names its own classes: say it plainly.
            log.info("XLSX refused: {}", e.toString());
            throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.badXlsx")));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return rows.finish();
    }

    /**
     * The workbook's shared strings, which POI holds in memory: their XML may be at most
     * {@value #MAX_SHARED_STRINGS_XML} bytes unpacked (the zip-bomb ratio alone would let a 20 MB file
     * unpack to 2 GB), else the file is refused as unreadable.
     */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws Exception {
        var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        try (InputStream in = new BoundedInputStream(parts.getFirst().getInputStream(), MAX_SHARED_STRINGS_XML)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /** An input stream that fails once more than {@code max} bytes have been read from it. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("shared strings too large");
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("shared strings too large");
            }
            return n;
        }
    }

    /** Collects the rows of one sheet from POI's SAX handler, filling cells the sheet leaves out. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }

    /** Dates as {@code yyyy-MM-dd} (or with the time when it is not midnight), whatever the cell's format. */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value, use1904, true);
                return date.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? ISO_DATE.format(date)
                        : ISO_DATE_TIME.format(date);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /**
     * The rows of a file as they arrive: the first non-blank row is the header, checked at once; every
     * later non-blank row is kept as an array of cells; past {@code maxRows} data rows the file is refused.
     */
    private static final class Rows {

        /** Equal cell values share one string (codes, dates, Y/N repeat a lot); bounded, so it cannot grow. */
        private static final int MAX_SHARED = 50_000;

        private static final int MAX_SHARED_LENGTH = 64;

        private final TabularFormat format;
        private final int maxRows;
        private final List<RowError> errors = new ArrayList<>();
        private final List<TabularRow> rows = new ArrayList<>();
        private final Map<String, String> shared = new HashMap<>();
        private List<String> columns;
        private Map<String, Integer> index;

        Rows(TabularFormat format, int maxRows) {
            this.format = format;
            this.maxRows = maxRows;
        }

        void add(int line, List<String> cells) {
            if (isBlank(cells)) {
                return;
            }
            if (columns == null) {
                header(cells);
                return;
            }
            if (rows.size() >= maxRows) {
                throw new ImportRejectedException(List.of(RowError.of(line, "", "import.error.tooManyRows", maxRows)));
            }
            int width = columns.size();
            String[] values = new String[Math.min(width, cells.size())];
            for (int i = 0; i < cells.size(); i++) {
                if (i < width) {
                    values[i] = share(cells.get(i));
                } else if (!cells.get(i).isBlank()) {
                    errors.add(RowError.of(line, "#" + (i + 1), "import.error.extraCell", i + 1));
                }
            }
            rows.add(new TabularRow(line, index, values));
        }

        private String share(String value) {
            if (value.length() > MAX_SHARED_LENGTH) {
                return value;
            }
            String known = shared.get(value);
            if (known != null) {
                return known;
            }
            if (shared.size() < MAX_SHARED) {
                shared.put(value, value);
            }
            return value;
        }

        private void header(List<String> header) {
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<String> known = format.allColumns();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                names.add(name);
                if (name.isEmpty()) {
                    errors.add(RowError.of(1, "#" + (i + 1), "import.error.blankColumn", i + 1));
                } else if (!known.contains(name)) {
                    errors.add(RowError.of(1, name, "import.error.unknownColumn", name, String.join(", ", known)));
                } else if (!seen.add(name)) {
                    errors.add(RowError.of(1, name, "import.error.duplicateColumn", name));
                }
            }
            for (String required : format.required()) {
                if (!seen.contains(required)) {
                    errors.add(RowError.of(1, required, "import.error.missingColumn", required));
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }
            Map<String, Integer> idx = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                idx.put(names.get(i), i);
            }
            columns = List.copyOf(names);
            index = Collections.unmodifiableMap(idx);
        }

        TabularFile finish() {
            if (columns == null) {
                throw emptyFile();
            }
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }
            if (rows.isEmpty()) {
                throw new ImportRejectedException(List.of(RowError.of(2, "", "import.error.noRows")));
            }
            return new TabularFile(columns, rows);
        }

        private static boolean isBlank(List<String> cells) {
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Text as a CSV must be: a leading byte-order mark is dropped, and a NUL character means a binary file. */
    private static final class TextReader extends FilterReader {

        private boolean start = true;

        TextReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && start) {
                start = false;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buf, off, len);
                    }
                }
            }
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\0') {
                    throw new NotTextException();
                }
            }
            return n;
        }
    }

    private static final class NotTextException extends IOException {
        NotTextException() {
            super("not text");
        }
    }

    private static ImportRejectedException emptyFile() {
        return new ImportRejectedException(List.of(RowError.of(1, "", "import.error.emptyFile")));
    }

    private static ImportRejectedException notTabular(String fileName) {
        return new ImportRejectedException(
                List.of(RowError.of(1, "", "import.error.notTabular", fileName == null ? "" : fileName)));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the operating system removes anyway
            }
        }
    }
}
