package org.parsteering.base.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parsteering.base.CsvFile;

/**
 * A file to start an import from: the format's header and its two example rows, as CSV (UTF-8 with BOM, so
 * that spreadsheet programs read Vietnamese correctly) or XLSX (every cell text, so that dates and codes
 * stay as typed).
 */
public final class ImportTemplates {

    private ImportTemplates() {}

    public static String csvName(TabularFormat format) {
        return format.name() + "-template.csv";
    }

    public static String xlsxName(TabularFormat format) {
        return format.name() + "-template.xlsx";
    }

    public static byte[] csv(TabularFormat format) {
        return CsvFile.write(List.copyOf(format.allColumns()), List.of(example(format, 0), example(format, 1)));
    }

    public static byte[] xlsx(TabularFormat format) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(format.name());
            write(sheet.createRow(0), List.copyOf(format.allColumns()));
            write(sheet.createRow(1), example(format, 0));
            write(sheet.createRow(2), example(format, 1));
            for (int i = 0; i < format.columns().size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> example(TabularFormat format, int index) {
        return format.columns().stream().map(c -> c.examples().get(index)).toList();
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
