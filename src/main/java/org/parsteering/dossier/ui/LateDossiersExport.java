package org.parsteering.dossier.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.parsteering.base.CsvFile;
import org.parsteering.dossier.LateDossier;

/**
 * A unit's late dossiers as a file: CSV ({@link CsvFile}: UTF-8 with BOM, no cell read as a formula,
 * machine-readable column names and ISO dates, like the import files) or XLSX (headers in the user's language,
 * text as string cells and never formulas, real dates formatted dd/MM/yyyy and day counts as numbers, header
 * row frozen and filtered).
 */
final class LateDossiersExport {

    static final int MAX_ROWS = 100_000;

    static final List<String> COLUMNS = List.of(
            "dossier_code",
            "procedure_code",
            "procedure_name",
            "channel",
            "received_on",
            "due_on",
            "completed_on",
            "days_late");

    private LateDossiersExport() {}

    static byte[] csv(List<LateDossier> rows) {
        return CsvFile.write(
                COLUMNS,
                rows.stream()
                        .map(d -> java.util.Arrays.<Object>asList(
                                d.code(),
                                d.procedureCode(),
                                d.procedureName(),
                                d.channel(),
                                d.receivedOn(),
                                d.dueOn(),
                                d.completedOn(),
                                d.daysLate()))
                        .toList());
    }

    /**
     * @param headers the column headers in the user's language, in the order of {@link #COLUMNS}
     * @param channelLabel the channel's name in the user's language
     */
    static byte[] xlsx(
            String sheetName,
            List<String> headers,
            List<LateDossier> rows,
            java.util.function.Function<org.parsteering.dossier.Channel, String> channelLabel) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(sheetName));
            sheet.trackAllColumnsForAutoSizing();
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
            }
            int r = 1;
            boolean sized = false;
            for (LateDossier d : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.code());
                row.createCell(1).setCellValue(d.procedureCode());
                row.createCell(2).setCellValue(d.procedureName());
                row.createCell(3).setCellValue(channelLabel.apply(d.channel()));
                dateCell(row, 4, d.receivedOn(), date);
                dateCell(row, 5, d.dueOn(), date);
                dateCell(row, 6, d.completedOn(), date);
                row.createCell(7).setCellValue(d.daysLate());
                if (r == 101) {
                    autoSize(sheet, headers.size());
                    sized = true;
                }
            }
            if (!sized) {
                autoSize(sheet, headers.size());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(
                    new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dateCell(Row row, int column, java.time.LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** Widths from the first hundred rows: SXSSF keeps only a window of rows in memory. */
    private static void autoSize(SXSSFSheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.autoSizeColumn(i);
        }
        sheet.untrackAllColumnsForAutoSizing();
    }

    /** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
