package org.parsteering.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A round's results as a workbook in the reader's language. Sheet 1 ranks the units of each unit type (total,
 * percent, band, change of rank and points against the previous published round). Sheet 2 is the tree × the units:
 * a leaf holds the unit's points (empty when not known or not measured, never 0), every inner item is an Excel
 * formula over its children's cells ({@code =IF(COUNT(E5,E9)=0,"",SUM(E5,E9))}, empty when none of them is known)
 * and the total row sums the areas, so a reader can follow and re-check each number. Formula cells also carry their
 * value, for viewers that do not calculate. Both sheets open with a title row (set, year, state: provisional until
 * the round is published) and freeze their header.
 */
final class IndexReportXlsx {

    /** The title row, then the header row: data starts on the third row. */
    static final int HEADER_ROW = 1;

    /** Columns of the scores sheet before the units: code, title, method, maximum. */
    static final int FIRST_UNIT = 4;

    private final RoundResults results;
    private final Map<String, UnitSheet> sheets;
    private final IndexReportText text;
    private XSSFWorkbook workbook;
    private CellStyle title;
    private CellStyle header;
    private CellStyle bold;
    private CellStyle points;
    private CellStyle boldPoints;
    private CellStyle percent;
    private CellStyle boldPercent;
    private CellStyle rankChange;
    private CellStyle pointsChange;
    private CellStyle muted;
    private final List<CellStyle> levels = new ArrayList<>();

    IndexReportXlsx(RoundResults results, List<UnitSheet> sheets, IndexReportText text) {
        this.results = results;
        this.sheets = new LinkedHashMap<>();
        sheets.forEach(s -> this.sheets.put(s.unitCode(), s));
        this.text = text;
    }

    byte[] write() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            workbook = wb;
            styles();
            rankingSheet();
            scoresSheet();
            wb.setForceFormulaRecalculation(true);
            wb.getProperties().getCoreProperties().setTitle(text.titleLine());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units as the ranking lists them: by unit type, best first. */
    static List<UnitResult> ranked(RoundResults results) {
        return results.byType().values().stream().flatMap(List::stream).toList();
    }

    // ---- ranking ------------------------------------------------------------------------------------------

    private void rankingSheet() {
        Sheet sheet = sheet(
                "index.report.sheet.ranking",
                List.of(
                        col("index.report.col.type", 16),
                        col("index.report.col.rank", 9),
                        col("index.report.col.code", 14),
                        col("index.report.col.unit", 36),
                        col("index.report.col.total", 11),
                        col("index.report.col.percent", 12),
                        col("index.report.col.band", 12),
                        col("index.report.col.rankChange", 13),
                        col("index.report.col.pointsChange", 13)));
        int r = HEADER_ROW + 1;
        for (UnitResult u : ranked(results)) {
            Row row = sheet.createRow(r++);
            text(row, 0, text.t(u.unitType().messageKey()), null);
            number(row, 1, u.rank(), null);
            text(row, 2, u.unitCode(), null);
            text(row, 3, u.unitName(), null);
            number(row, 4, u.total(), points);
            if (u.percent() != null) {
                number(row, 5, u.percent().movePointLeft(2), percent);
            }
            text(row, 6, text.band(u.band()), null);
            if (u.rankChange() != null) {
                number(row, 7, u.rankChange(), rankChange);
            }
            if (u.pointsChange() != null) {
                number(row, 8, u.pointsChange(), pointsChange);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, 8));
        sheet.createFreezePane(0, HEADER_ROW + 1);
        text(sheet.createRow(r + 1), 0, text.comparedLine(), muted);
    }

    // ---- scores -------------------------------------------------------------------------------------------

    private void scoresSheet() {
        List<String> units = new ArrayList<>();
        ranked(results).forEach(u -> units.add(u.unitCode()));
        sheets.keySet().stream().filter(c -> !units.contains(c)).forEach(units::add);
        Map<String, String> names = new HashMap<>();
        ranked(results).forEach(u -> names.put(u.unitCode(), u.unitName()));
        sheets.values().forEach(s -> names.putIfAbsent(s.unitCode(), s.unitName()));

        List<Column> columns = new ArrayList<>(List.of(
                col("index.report.col.code", 10),
                col("index.report.col.item", 60),
                col("index.report.col.method", 18),
                col("index.report.col.max", 10)));
        units.forEach(u -> columns.add(new Column(names.get(u), 14)));
        Sheet sheet = sheet("index.report.sheet.scores", columns);
        sheet.getRow(HEADER_ROW).setHeightInPoints(48);

        List<IndexItem> items = tree();
        Map<Long, Integer> rowOf = new HashMap<>();
        Map<Long, List<IndexItem>> children = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            IndexItem item = items.get(i);
            rowOf.put(item.id(), HEADER_ROW + 1 + i);
            if (item.parentId() != null) {
                children.computeIfAbsent(item.parentId(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        Map<String, Map<Long, ScoreLine>> lines = new HashMap<>();
        sheets.values().forEach(s -> {
            Map<Long, ScoreLine> byItem = new HashMap<>();
            s.lines().forEach(l -> byItem.put(l.item().id(), l));
            lines.put(s.unitCode(), byItem);
        });

        for (IndexItem item : items) {
            Row row = sheet.createRow(rowOf.get(item.id()));
            List<IndexItem> kids = children.getOrDefault(item.id(), List.of());
            boolean area = item.parentId() == null;
            text(row, 0, item.code(), area ? bold : null);
            text(row, 1, item.title(text.locale()), levels.get(Math.min(Math.max(item.level(), 1), 4) - 1));
            text(row, 2, kids.isEmpty() ? text.t(item.method().messageKey()) : text.t("index.report.sum"), null);
            number(row, 3, item.maxPoints(), area ? boldPoints : points);
            for (int u = 0; u < units.size(); u++) {
                int column = FIRST_UNIT + u;
                UnitSheet unit = sheets.get(units.get(u));
                if (kids.isEmpty()) {
                    ScoreLine line = lines.getOrDefault(units.get(u), Map.of()).get(item.id());
                    if (line != null && line.points() != null) {
                        number(row, column, line.points(), points);
                    }
                } else {
                    List<Integer> rows =
                            kids.stream().map(k -> rowOf.get(k.id())).toList();
                    sum(row, column, rows, unit == null ? null : unit.totals().get(item.id()), area);
                }
            }
        }

        int totalRow = HEADER_ROW + 1 + items.size();
        List<Integer> areaRows = items.stream()
                .filter(i -> i.parentId() == null)
                .map(i -> rowOf.get(i.id()))
                .toList();
        Row total = sheet.createRow(totalRow);
        text(total, 1, text.t("index.report.total"), bold);
        number(total, 3, results.set().maxPoints(), boldPoints);
        Row share = sheet.createRow(totalRow + 1);
        text(share, 1, text.t("index.report.col.percent"), bold);
        String max = "$D$" + (totalRow + 1);
        for (int u = 0; u < units.size(); u++) {
            int column = FIRST_UNIT + u;
            UnitSheet unit = sheets.get(units.get(u));
            boolean known = unit != null
                    && items.stream()
                            .anyMatch(i -> i.parentId() == null && unit.totals().containsKey(i.id()));
            BigDecimal value = known ? unit.total() : null;
            sum(total, column, areaRows, value, true);
            Cell cell = share.createCell(column);
            String ref = CellReference.convertNumToColString(column) + (totalRow + 1);
            cell.setCellFormula("IF(OR(" + ref + "=\"\"," + max + "=0),\"\"," + ref + "/" + max + ")");
            BigDecimal percentValue = value == null ? null : results.set().percentOf(value);
            if (percentValue == null) {
                cell.setCellValue("");
            } else {
                cell.setCellValue(percentValue.movePointLeft(2).doubleValue());
            }
            cell.setCellStyle(boldPercent);
        }
        text(sheet.createRow(totalRow + 3), 1, text.t("index.report.emptyCells"), muted);
        sheet.createFreezePane(FIRST_UNIT, HEADER_ROW + 1);
    }

    /** The set's items in tree order (every unit's sheet holds the same tree). */
    private List<IndexItem> tree() {
        return sheets.isEmpty() ? List.of() : sheets.values().iterator().next().items();
    }

    /** {@code =IF(COUNT(cells)=0,"",SUM(cells))} over rows of the same column: empty when none of them is known. */
    private void sum(Row row, int column, List<Integer> rows, BigDecimal value, boolean strong) {
        String cells = cells(column, rows);
        Cell cell = row.createCell(column);
        cell.setCellFormula("IF(COUNT(" + cells + ")=0,\"\",SUM(" + cells + "))");
        if (value == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(strong ? boldPoints : points);
    }

    /** "E5:E8,E12" — consecutive rows as one range. */
    static String cells(int column, List<Integer> rows) {
        String letter = CellReference.convertNumToColString(column);
        List<Integer> sorted = rows.stream().sorted().toList();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.append(out.isEmpty() ? "" : ",").append(letter).append(sorted.get(i) + 1);
            if (j > i) {
                out.append(':').append(letter).append(sorted.get(j) + 1);
            }
            i = j + 1;
        }
        return out.toString();
    }

    // ---- cells --------------------------------------------------------------------------------------------

    record Column(String header, int width) {}

    private Column col(String key, int width) {
        return new Column(text.t(key), width);
    }

    /** A sheet with the title row and, under it, the header row in the reader's language. */
    private Sheet sheet(String nameKey, List<Column> columns) {
        Sheet sheet = workbook.createSheet(sheetName(text.t(nameKey)));
        Row top = sheet.createRow(0);
        top.setHeightInPoints(22);
        text(top, 0, text.titleLine(), title);
        Row head = sheet.createRow(HEADER_ROW);
        head.setHeightInPoints(32);
        for (int i = 0; i < columns.size(); i++) {
            text(head, i, columns.get(i).header(), header);
            sheet.setColumnWidth(i, Math.min(255, Math.max(columns.get(i).width(), 8)) * 256);
        }
        return sheet;
    }

    /** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        number(row, column, BigDecimal.valueOf(value), style);
    }

    private void styles() {
        var formats = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        Font mutedFont = workbook.createFont();
        mutedFont.setItalic(true);
        mutedFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        muted = workbook.createCellStyle();
        muted.setFont(mutedFont);
        points = workbook.createCellStyle();
        points.setDataFormat(formats.getFormat("0.00"));
        boldPoints = workbook.createCellStyle();
        boldPoints.cloneStyleFrom(points);
        boldPoints.setFont(boldFont);
        percent = workbook.createCellStyle();
        percent.setDataFormat(formats.getFormat("0.00%"));
        boldPercent = workbook.createCellStyle();
        boldPercent.cloneStyleFrom(percent);
        boldPercent.setFont(boldFont);
        rankChange = workbook.createCellStyle();
        rankChange.setDataFormat(formats.getFormat("+0;-0;0"));
        pointsChange = workbook.createCellStyle();
        pointsChange.setDataFormat(formats.getFormat("+0.00;-0.00;0.00"));
        for (int level = 1; level <= 4; level++) {
            CellStyle s = workbook.createCellStyle();
            s.setIndention((short) (level - 1));
            if (level == 1) {
                s.setFont(boldFont);
            }
            levels.add(s);
        }
    }
}
