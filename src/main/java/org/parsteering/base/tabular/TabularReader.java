package org.parsteering.base.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the import files of SPEC section 5: CSV (UTF-8, optional BOM, header row, RFC 4180 quoting, comma
 * separator) or the first sheet of an XLSX workbook with the same columns. Column names are
 * case-insensitive. Anything wrong with the file as a whole (not CSV/XLSX, empty, unknown or missing
 * columns) is reported as row errors so that the user sees every problem at once.
 */
public final class TabularReader {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TabularReader() {}

    public static TabularFile read(byte[] content, String fileName, TabularFormat format) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.emptyFile")));
        }
        boolean zip =
                content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        RawTable raw = zip ? readXlsx(content) : readCsv(content, fileName);
        return check(raw, format);
    }

    private record RawTable(List<String> header, List<TabularRowRaw> rows) {}

    private record TabularRowRaw(int line, List<String> cells) {}

    private static RawTable readCsv(byte[] content, String fileName) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw notTabular(fileName);
        }
        if (text.indexOf('\0') >= 0) {
            throw notTabular(fileName);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat csv = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        List<String> header = null;
        List<TabularRowRaw> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            for (CSVRecord rec : parser) {
                List<String> cells = rec.toList();
                if (header == null) {
                    header = cells;
                } else {
                    // Line numbers count records as a spreadsheet shows rows: the header is line 1.
                    rows.add(new TabularRowRaw((int) rec.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.badCsv", safeMessage(e))));
        }
        if (header == null) {
            throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.emptyFile")));
        }
        return new RawTable(header, rows);
    }

    private static RawTable readXlsx(byte[] content) {
        ZipSecureFile.setMinInflateRatio(0.005);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.emptyFile")));
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            int width = 0;
            List<TabularRowRaw> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = header == null ? row.getLastCellNum() : Math.max(width, row.getLastCellNum());
                for (int c = 0; c < Math.max(last, 0); c++) {
                    cells.add(cellText(row.getCell(c), formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    width = cells.size();
                } else {
                    rows.add(new TabularRowRaw(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.emptyFile")));
            }
            return new RawTable(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException ire) {
                throw ire;
            }
            throw new ImportRejectedException(List.of(RowError.of(1, "", "import.error.badXlsx", safeMessage(e))));
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? ISO_DATE.format(value)
                    : ISO_DATE_TIME.format(value);
        }
        return formatter.formatCellValue(cell);
    }

    private static TabularFile check(RawTable raw, TabularFormat format) {
        List<RowError> errors = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> known = format.allColumns();
        for (int i = 0; i < raw.header().size(); i++) {
            String name = raw.header().get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.add(name);
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
        List<TabularRow> rows = new ArrayList<>(raw.rows().size());
        for (TabularRowRaw r : raw.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < r.cells().size(); i++) {
                if (i < columns.size()) {
                    values.put(columns.get(i), r.cells().get(i));
                } else if (!r.cells().get(i).isBlank()) {
                    errors.add(RowError.of(r.line(), "#" + (i + 1), "import.error.extraCell", i + 1));
                }
            }
            TabularRow row = new TabularRow(r.line(), values);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (rows.isEmpty()) {
            throw new ImportRejectedException(List.of(RowError.of(2, "", "import.error.noRows")));
        }
        return new TabularFile(columns, rows);
    }

    private static ImportRejectedException notTabular(String fileName) {
        return new ImportRejectedException(
                List.of(RowError.of(1, "", "import.error.notTabular", fileName == null ? "" : fileName)));
    }

    private static String safeMessage(Exception e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
