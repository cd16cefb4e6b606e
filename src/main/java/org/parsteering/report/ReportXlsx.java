package org.parsteering.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.parsteering.base.Formats;
import org.parsteering.dossier.Count;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureGroup;
import org.parsteering.dossier.Rate;
import org.parsteering.dossier.SignatureRow;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.dossier.UnitLateDossier;
import org.parsteering.plan.Completion;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderTexts;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitType;

/**
 * The quarterly report as a workbook, one sheet per topic. Counts are numbers and dates are date cells; every
 * rate is an Excel formula over the counts beside it ({@code =IF(D2=0,"",C2/D2)}, empty for a zero base as the
 * screens show "—") and every group total a {@code SUM} over its units, so a reader can follow and re-check
 * each number. Formula cells also carry their value, for viewers that do not calculate. Header rows are in the
 * reader's language and frozen. Streamed (SXSSF): a province's late dossiers do not have to fit in memory twice.
 */
final class ReportXlsx {

    static final int STEPS = 5;

    /** First count column of the unit figures sheet (after code, unit, type): then one per {@link Count}, then one rate per {@link Figure}. */
    static final int FIRST_COUNT = 3;

    private static final int WINDOW = 200;

    private final ReportData data;
    private final ReportText text;
    private SXSSFWorkbook workbook;
    private CellStyle header;
    private CellStyle bold;
    private CellStyle integer;
    private CellStyle boldInteger;
    private CellStyle percent1;
    private CellStyle percent2;
    private CellStyle boldPercent1;
    private CellStyle boldPercent2;
    private CellStyle date;
    private CellStyle dateTime;
    private CellStyle wrap;

    ReportXlsx(ReportData data) {
        this.data = data;
        this.text = new ReportText(data.locale());
    }

    byte[] write(IntConsumer step) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            workbook = wb;
            styles();
            completionSheet();
            step.accept(1);
            figuresSheet();
            step.accept(2);
            lateSheet();
            step.accept(3);
            signaturesSheet();
            step.accept(4);
            remindersSheet();
            wb.setForceFormulaRecalculation(true);
            wb.getXSSFWorkbook()
                    .getProperties()
                    .getCoreProperties()
                    .setTitle(text.t("report.title") + " – " + text.quarter(data.quarter()) + " – "
                            + text.t(data.figures().structure().messageKey()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            step.accept(5);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- sheets -------------------------------------------------------------------------------------------

    /** Overall, then each PAR field, then each unit weakest first, as the dashboard shows them. */
    private void completionSheet() {
        Table t = new Table(
                "report.sheet.completion",
                List.of(
                        col("report.col.level", 16),
                        col("report.col.code", 14),
                        col("report.col.name", 40),
                        col("report.col.due", 12),
                        col("dashboard.doneOnTimeShort", 12),
                        col("dashboard.doneLateShort", 12),
                        col("report.col.done", 12),
                        col("dashboard.overdue", 12),
                        col("dashboard.inTimeShort", 12),
                        col("report.col.completionRate", 14),
                        col("report.col.onTimeRate", 14)));
        completionRow(
                t,
                text.t("report.level.ALL"),
                "",
                text.t(allLabel()),
                data.completion().overall(),
                true);
        for (Completion c : data.completion().byField()) {
            completionRow(t, text.t("report.level.FIELD"), c.key(), c.label(), c, false);
        }
        for (Completion c : data.completion().byUnit()) {
            completionRow(t, text.t("report.level.UNIT"), c.key(), c.label(), c, false);
        }
        t.finish(true);
    }

    private void completionRow(Table t, String level, String code, String name, Completion c, boolean strong) {
        Row row = t.next();
        text(row, 0, level, strong);
        text(row, 1, code, strong);
        text(row, 2, name, strong);
        number(row, 3, c.total(), strong);
        number(row, 4, c.doneOnTime(), strong);
        number(row, 5, c.doneLate(), strong);
        formula(row, 6, ref(row, 4) + "+" + ref(row, 5), c.done(), strong);
        number(row, 7, c.overdue(), strong);
        number(row, 8, c.open(), strong);
        rate(row, 9, 6, 3, new Rate(c.done(), c.total()), strong);
        rate(row, 10, 4, 3, new Rate(c.doneOnTime(), c.total()), strong);
    }

    /** Every unit's counts of SPEC 3 and its rates, then the groups as sums of their units. */
    private void figuresSheet() {
        List<Column> columns = new ArrayList<>(
                List.of(col("report.col.code", 14), col("report.col.unit", 34), col("report.col.type", 16)));
        for (Count count : Count.values()) {
            columns.add(col(count.messageKey(), 12));
        }
        for (Figure f : Figure.values()) {
            columns.add(new Column(text.t("report.percentHeader", text.t(f.messageKey())), 14));
        }
        Table t = new Table("report.sheet.figures", columns);
        List<UnitFigures> units = byType(data.figures().units(), UnitFigures::unitType);
        int firstUnitRow = t.row;
        for (UnitFigures u : units) {
            Row row = t.next();
            text(row, 0, u.unitCode(), false);
            text(row, 1, unitName(u.unitName(), u.activeTo(), u.predecessors()), false);
            text(row, 2, text.t(u.unitType().messageKey()), false);
            for (Count count : Count.values()) {
                long value = count.of(u.counts());
                switch (count) {
                    case HANDLED ->
                        formula(
                                row,
                                column(count),
                                countRef(row, Count.COMPLETED) + "+" + countRef(row, Count.PENDING_AT_END),
                                value,
                                false);
                    case LATE ->
                        formula(
                                row,
                                column(count),
                                countRef(row, Count.HANDLED) + "-" + countRef(row, Count.ON_TIME),
                                value,
                                false);
                    default -> number(row, column(count), value, false);
                }
            }
            figureRates(row, u.counts(), false);
        }
        int lastUnitRow = t.row - 1;
        t.finish(true);
        t.next();
        for (FigureGroup group : data.groups()) {
            groupRow(
                    t,
                    text.t(group.labelKey()),
                    data.figures().group(group.key()),
                    rowsOf(units, firstUnitRow, u -> group.includes(u.unitType())));
        }
        t.next();
        text(t.next(), 1, structureLine(), true);
    }

    /** "Structure: Current structure", under the group rows of the sheets whose units depend on it. */
    private String structureLine() {
        return text.t("report.structureLine", text.t(data.figures().structure().messageKey()));
    }

    /**
     * A unit's name as the report shows it: a closed unit with its end ("(closed 30/06/2025)"), a unit that
     * carries others on with their codes ("incl. XA-BAISON, …").
     */
    private String unitName(String name, LocalDate activeTo, List<String> predecessors) {
        String label = name;
        if (activeTo != null) {
            label += " " + text.t("structure.closed", text.date(activeTo));
        }
        if (!predecessors.isEmpty() && data.figures().structure() == Structure.CURRENT) {
            label += " — " + text.t("structure.includes", String.join(", ", predecessors));
        }
        return label;
    }

    /**
     * The sheet rows of the units a group sums, as ranges of consecutive rows (the units are sorted by type, so
     * a group of several types is still one range or a few); empty when it has none.
     */
    private static <T> List<int[]> rowsOf(List<T> sorted, int firstRow, java.util.function.Predicate<T> member) {
        List<int[]> ranges = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < sorted.size(); i++) {
            if (member.test(sorted.get(i))) {
                if (open == null) {
                    open = new int[] {firstRow + i, firstRow + i};
                    ranges.add(open);
                } else {
                    open[1] = firstRow + i;
                }
            } else {
                open = null;
            }
        }
        return ranges;
    }

    /** {@code SUM(D2:D9,D12:D14)} over the ranges of a column. */
    private static String sum(int column, List<int[]> ranges) {
        String letter = CellReference.convertNumToColString(column);
        StringBuilder f = new StringBuilder("SUM(");
        for (int i = 0; i < ranges.size(); i++) {
            f.append(i == 0 ? "" : ",")
                    .append(letter)
                    .append(ranges.get(i)[0] + 1)
                    .append(':')
                    .append(letter)
                    .append(ranges.get(i)[1] + 1);
        }
        return f.append(')').toString();
    }

    private void groupRow(Table t, String label, FigureCounts counts, List<int[]> ranges) {
        Row row = t.next();
        text(row, 1, label, true);
        for (Count count : Count.values()) {
            int column = column(count);
            if (ranges.isEmpty()) {
                number(row, column, count.of(counts), true);
            } else {
                formula(row, column, sum(column, ranges), count.of(counts), true);
            }
        }
        figureRates(row, counts, true);
    }

    private void figureRates(Row row, FigureCounts counts, boolean strong) {
        for (Figure f : Figure.values()) {
            rate(row, rateColumn(f), column(f.numerator()), column(f.denominator()), f.of(counts), strong);
        }
    }

    /** The column of a count in the unit figures sheet. */
    static int column(Count count) {
        return FIRST_COUNT + count.ordinal();
    }

    /** The column of a figure's rate in the unit figures sheet, after the counts. */
    static int rateColumn(Figure figure) {
        return FIRST_COUNT + Count.values().length + figure.ordinal();
    }

    private String countRef(Row row, Count count) {
        return ref(row, column(count));
    }

    /** Every late dossier of the quarter (completed late, or pending past due at its end), by unit. */
    private void lateSheet() {
        Table t = new Table(
                "report.sheet.late",
                List.of(
                        col("report.col.code", 14),
                        col("report.col.unit", 30),
                        col("figures.export.dossier_code", 22),
                        col("figures.export.procedure_code", 18),
                        col("figures.export.procedure_name", 40),
                        col("figures.export.channel", 14),
                        col("figures.export.received_on", 13),
                        col("figures.export.due_on", 13),
                        col("figures.export.completed_on", 13),
                        col("figures.export.days_late", 10)));
        for (UnitLateDossier u : data.late()) {
            var d = u.dossier();
            Row row = t.next();
            text(row, 0, u.unitCode(), false);
            text(row, 1, u.unitName(), false);
            text(row, 2, d.code(), false);
            text(row, 3, d.procedureCode(), false);
            text(row, 4, d.procedureName(), false);
            text(row, 5, text.t("figures.channel." + d.channel().name()), false);
            date(row, 6, d.receivedOn());
            date(row, 7, d.dueOn());
            date(row, 8, d.completedOn());
            number(row, 9, d.daysLate(), false);
        }
        t.finish(true);
        if (data.late().size() < data.lateTotal()) {
            text(
                    t.next(),
                    0,
                    text.t("report.capped", text.number(data.late().size()), text.number(data.lateTotal())),
                    true);
        }
    }

    /** Leaders' digital signatures of each unit, month by month, and the quarter as the sum of its months. */
    private void signaturesSheet() {
        List<Column> columns = new ArrayList<>(
                List.of(col("report.col.code", 14), col("report.col.unit", 34), col("report.col.type", 16)));
        List<String> periods = new ArrayList<>();
        data.months().forEach(m -> periods.add(text.month(m)));
        periods.add(text.quarter(data.quarter()));
        for (String p : periods) {
            columns.add(new Column(text.t("report.sig.issued", p), 13));
            columns.add(new Column(text.t("report.sig.signed", p), 13));
            columns.add(new Column(text.t("report.sig.rate", p), 13));
        }
        Table t = new Table("report.sheet.signatures", columns);
        List<SignatureRow> units = byType(data.signatures(), SignatureRow::unitType);
        int firstUnitRow = t.row;
        int quarterColumn = 3 + 3 * data.months().size();
        for (SignatureRow u : units) {
            Row row = t.next();
            text(row, 0, u.unitCode(), false);
            text(row, 1, unitName(u.unitName(), u.activeTo(), u.predecessors()), false);
            text(row, 2, text.t(u.unitType().messageKey()), false);
            long issued = 0;
            long signed = 0;
            StringBuilder issuedSum = new StringBuilder();
            StringBuilder signedSum = new StringBuilder();
            for (int m = 0; m < data.months().size(); m++) {
                int c = 3 + 3 * m;
                Rate r = u.months().get(data.months().get(m));
                if (r != null) {
                    number(row, c, r.denominator(), false);
                    number(row, c + 1, r.numerator(), false);
                    issued += r.denominator();
                    signed += r.numerator();
                }
                rate(row, c + 2, c + 1, c, r == null ? new Rate(0, 0) : r, false);
                issuedSum.append(m == 0 ? "" : ",").append(ref(row, c));
                signedSum.append(m == 0 ? "" : ",").append(ref(row, c + 1));
            }
            formula(row, quarterColumn, "SUM(" + issuedSum + ")", issued, false);
            formula(row, quarterColumn + 1, "SUM(" + signedSum + ")", signed, false);
            rate(row, quarterColumn + 2, quarterColumn + 1, quarterColumn, new Rate(signed, issued), false);
        }
        t.finish(true);
        t.next();
        for (FigureGroup group : data.groups()) {
            Row row = t.next();
            text(row, 1, text.t(group.labelKey()), true);
            List<SignatureRow> members =
                    units.stream().filter(u -> group.includes(u.unitType())).toList();
            List<int[]> ranges = rowsOf(units, firstUnitRow, u -> group.includes(u.unitType()));
            for (int m = 0; m <= data.months().size(); m++) {
                int c = 3 + 3 * m;
                YearMonth month = m < data.months().size() ? data.months().get(m) : null;
                long issued = 0;
                long signed = 0;
                for (SignatureRow u : members) {
                    for (var e : u.months().entrySet()) {
                        if (month == null || e.getKey().equals(month)) {
                            issued += e.getValue().denominator();
                            signed += e.getValue().numerator();
                        }
                    }
                }
                for (int k = 0; k < 2; k++) {
                    long value = k == 0 ? issued : signed;
                    if (ranges.isEmpty()) {
                        number(row, c + k, value, true);
                    } else {
                        formula(row, c + k, sum(c + k, ranges), value, true);
                    }
                }
                rate(row, c + 2, c + 1, c, new Rate(signed, issued), true);
            }
        }
        t.next();
        text(t.next(), 1, structureLine(), true);
    }

    /** The reminders that are not resolved, as the committee's inbox orders them: escalated first. */
    private void remindersSheet() {
        Table t = new Table(
                "report.sheet.reminders",
                List.of(
                        col("report.col.rule", 30),
                        col("report.col.severity", 13),
                        col("report.col.state", 18),
                        col("report.col.code", 14),
                        col("report.col.unit", 30),
                        col("report.col.subject", 16),
                        col("report.col.description", 70),
                        col("report.col.deadline", 13),
                        col("report.col.numerator", 12),
                        col("report.col.denominator", 12),
                        col("report.col.rate", 12),
                        col("report.col.items", 10),
                        col("report.col.raised", 18),
                        col("report.col.escalated", 18)));
        for (Reminder r : data.reminders()) {
            Row row = t.next();
            text(row, 0, text.t(r.rule().messageKey()), false);
            text(row, 1, text.t(r.severity().messageKey()), false);
            text(row, 2, text.t(r.state().messageKey()), false);
            text(row, 3, r.unitCode(), false);
            text(row, 4, r.unitName(), false);
            text(row, 5, ReminderTexts.subject(r, data.locale()), false);
            Cell description = row.createCell(6);
            description.setCellValue(ReminderTexts.describe(r, data.locale()));
            description.setCellStyle(wrap);
            date(row, 7, r.deadline());
            if (r.denominator() != null) {
                number(row, 8, r.numerator() == null ? 0 : r.numerator(), false);
                number(row, 9, r.denominator(), false);
                rate(row, 10, 8, 9, new Rate(r.numerator() == null ? 0 : r.numerator(), r.denominator()), false);
            }
            if (r.itemCount() != null) {
                number(row, 11, r.itemCount(), false);
            }
            dateTime(row, 12, r.raisedAt());
            dateTime(row, 13, r.escalatedAt());
        }
        t.finish(true);
        if (data.reminders().size() < data.reminderTotal()) {
            text(
                    t.next(),
                    0,
                    text.t("report.capped", text.number(data.reminders().size()), text.number(data.reminderTotal())),
                    true);
        }
    }

    /** The whole locality's label at the deployment's level. */
    private String allLabel() {
        return data.groups().getLast().labelKey();
    }

    // ---- cells --------------------------------------------------------------------------------------------

    record Column(String header, int width) {}

    private Column col(String key, int width) {
        return new Column(text.t(key), width);
    }

    /** A sheet with a frozen, filtered header row in the reader's language. */
    private final class Table {

        final SXSSFSheet sheet;
        final int columns;
        int row = 1;

        Table(String nameKey, List<Column> columns) {
            sheet = workbook.createSheet(sheetName(text.t(nameKey)));
            this.columns = columns.size();
            Row head = sheet.createRow(0);
            head.setHeightInPoints(32);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(255, Math.max(columns.get(i).width(), 8)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        Row next() {
            return sheet.createRow(row++);
        }

        /** Filters over the rows written so far (group totals and notes come after, outside the filter). */
        void finish(boolean filter) {
            if (filter) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, columns - 1));
            }
        }
    }

    /** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
    }

    private static <T> List<T> byType(List<T> rows, java.util.function.Function<T, UnitType> type) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(type)); // stable: the service's order within a type
        return sorted;
    }

    private static String ref(Row row, int column) {
        return CellReference.convertNumToColString(column) + (row.getRowNum() + 1);
    }

    private void text(Row row, int column, String value, boolean strong) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (strong) {
            cell.setCellStyle(bold);
        }
    }

    private void number(Row row, int column, long value, boolean strong) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(strong ? boldInteger : integer);
    }

    private void formula(Row row, int column, String formula, long value, boolean strong) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(strong ? boldInteger : integer);
    }

    /** {@code =IF(den=0,"",num/den)} as a percentage: empty for a zero base, two decimals over a base of 1,000. */
    private void rate(Row row, int column, int numerator, int denominator, Rate value, boolean strong) {
        Cell cell = row.createCell(column);
        String den = ref(row, denominator);
        cell.setCellFormula("IF(" + den + "=0,\"\"," + ref(row, numerator) + "/" + den + ")");
        if (value.defined()) {
            cell.setCellValue((double) value.numerator() / value.denominator());
        } else {
            cell.setCellValue("");
        }
        boolean fine = value.denominator() > 1000;
        cell.setCellStyle(strong ? (fine ? boldPercent2 : boldPercent1) : (fine ? percent2 : percent1));
    }

    private void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    private void dateTime(Row row, int column, Instant value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.atZone(Formats.ZONE).toLocalDateTime());
            cell.setCellStyle(dateTime);
        }
    }

    private void styles() {
        var formats = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("#,##0"));
        boldInteger = workbook.createCellStyle();
        boldInteger.cloneStyleFrom(integer);
        boldInteger.setFont(boldFont);
        percent1 = workbook.createCellStyle();
        percent1.setDataFormat(formats.getFormat("0.0%"));
        percent2 = workbook.createCellStyle();
        percent2.setDataFormat(formats.getFormat("0.00%"));
        boldPercent1 = workbook.createCellStyle();
        boldPercent1.cloneStyleFrom(percent1);
        boldPercent1.setFont(boldFont);
        boldPercent2 = workbook.createCellStyle();
        boldPercent2.cloneStyleFrom(percent2);
        boldPercent2.setFont(boldFont);
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(text.excelDateFormat()));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(text.excelDateTimeFormat()));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
