package org.parsteering.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.parsteering.dossier.Figure;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.Rate;
import org.parsteering.dossier.SignatureRow;
import org.parsteering.dossier.UnitFigures;
import org.parsteering.plan.Completion;
import org.parsteering.plan.OverdueTask;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderTexts;

/**
 * The quarterly report as a meeting brief. Page 1 is the summary a chair reads before the meeting: the
 * locality's Decision 766 figures against their thresholds, plan completion, the five weakest units (the
 * first of the completion list, weakest first, as on the dashboard) and the five most overdue tasks. The
 * tables follow: completion by field and by unit, every unit's figures, signature rates by month, late
 * dossiers by unit and the reminders not yet resolved. DejaVu Sans is embedded (Identity-H), so Vietnamese
 * diacritics print and copy correctly on any machine.
 */
final class ReportPdf {

    static final int STEPS = 4;

    /** More would not be read in a meeting; the workbook has them all. */
    static final int MAX_REMINDER_ROWS = 200;

    private static final int SUMMARY_TITLE = 120;

    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);
    private static final Color GROUP_BACKGROUND = new Color(0xF4, 0xF6, 0xF9);
    private static final Color BELOW = new Color(0xB0, 0x1E, 0x1E);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6D);

    private final ReportData data;
    private final ReportText text;
    private Font title;
    private Font heading;
    private Font body;
    private Font bodyBold;
    private Font small;
    private Font smallBold;
    private Font smallBelow;
    private Font muted;

    ReportPdf(ReportData data) {
        this.data = data;
        this.text = new ReportText(data.locale());
    }

    byte[] write(IntConsumer step) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 40);
        try {
            fonts();
            PdfWriter.getInstance(document, out);
            document.addTitle(text.t("report.title") + " – " + text.quarter(data.quarter()));
            document.addCreator("PAR Steering");
            HeaderFooter footer = new HeaderFooter(
                    new Phrase(
                            text.t("report.title") + " – " + text.quarter(data.quarter()) + " – "
                                    + text.t("report.pdf.page") + " ",
                            muted),
                    true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.TOP);
            footer.setBorderColor(HEADER_BACKGROUND);
            document.setFooter(footer);
            document.open();
            summary(document);
            step.accept(1);
            document.newPage();
            completionTables(document);
            step.accept(2);
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
            figureTables(document);
            step.accept(3);
            reminders(document);
            document.close();
            step.accept(4);
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- page 1 -------------------------------------------------------------------------------------------

    private void summary(Document d) {
        d.add(new Paragraph(text.t("report.title"), title));
        Paragraph sub = new Paragraph(
                text.quarter(data.quarter()) + " (" + text.date(data.quarter().from()) + " – "
                        + text.date(data.quarter().to()) + ")",
                heading);
        d.add(sub);
        d.add(new Paragraph(
                text.t("report.pdf.asOf", text.date(data.figures().end()), text.date(data.today())), muted));
        d.add(new Paragraph(
                text.t("report.structureLine", text.t(data.figures().structure().messageKey())), muted));
        data.lock()
                .ifPresent(l ->
                        d.add(new Paragraph(text.t("locks.banner", l.period(), l.lockedAt(), l.lockedBy()), muted)));

        section(d, "report.pdf.figures");
        PdfPTable figures = table(new float[] {34, 14, 20, 12, 20});
        headers(
                figures,
                "report.pdf.figure",
                "report.col.rate",
                "report.pdf.fraction",
                "report.pdf.threshold",
                "report.pdf.assessment");
        FigureCounts locality = data.figures().group(org.parsteering.dossier.FigureReport.ALL);
        for (Figure f : Figure.values()) {
            Rate rate = f.of(locality);
            Double threshold = data.thresholds().rate(f.thresholdKey());
            boolean below = threshold != null && rate.below(threshold);
            figures.addCell(cell(text.t(f.messageKey()), body));
            figures.addCell(number(rate.percentText(data.locale()), below ? smallBelowBody() : bodyBold));
            figures.addCell(number(rate.defined() ? rate.fractionText(data.locale()) : "—", body));
            figures.addCell(number(threshold == null ? "—" : threshold(threshold), body));
            String assessment = threshold == null || !rate.defined()
                    ? "—"
                    : text.t(below ? "report.pdf.below" : "report.pdf.meets");
            figures.addCell(cell(assessment, below ? smallBelowBody() : body));
        }
        d.add(figures);

        section(d, "report.pdf.completion");
        Completion overall = data.completion().overall();
        d.add(new Paragraph(
                overall.total() == 0
                        ? text.t("report.pdf.nothingDue")
                        : text.t(
                                "report.pdf.completionLine",
                                text.number(overall.done()),
                                text.number(overall.total()),
                                new Rate(overall.done(), overall.total()).percentText(data.locale()),
                                text.number(overall.doneOnTime()),
                                text.number(overall.doneLate()),
                                text.number(overall.overdue()),
                                text.number(overall.open())),
                body));

        section(d, "report.pdf.weakest");
        List<Completion> weakest = data.completion().byUnit().stream()
                .limit(QuarterReportService.TOP)
                .toList();
        if (weakest.isEmpty()) {
            d.add(new Paragraph(text.t("report.pdf.nothingDue"), body));
        } else {
            PdfPTable units = table(new float[] {5, 45, 16, 16, 18});
            headers(
                    units,
                    "report.pdf.rank",
                    "report.col.unit",
                    "report.pdf.doneOfDue",
                    "report.col.completionRate",
                    "dashboard.overdue");
            int rank = 1;
            for (Completion c : weakest) {
                units.addCell(number(String.valueOf(rank++), body));
                units.addCell(cell(c.label(), body));
                units.addCell(number(text.number(c.done()) + " / " + text.number(c.total()), body));
                units.addCell(number(new Rate(c.done(), c.total()).percentText(data.locale()), bodyBold));
                units.addCell(number(text.number(c.overdue()), body));
            }
            d.add(units);
        }

        section(d, "report.pdf.overdue");
        if (data.mostOverdue().isEmpty()) {
            d.add(new Paragraph(text.t("report.pdf.noOverdue"), body));
        } else {
            PdfPTable tasks = table(new float[] {17, 37, 24, 12, 10});
            headers(
                    tasks,
                    "report.col.task",
                    "report.col.title",
                    "report.col.leadUnit",
                    "report.col.deadline",
                    "report.col.daysOverdue");
            for (OverdueTask t : data.mostOverdue()) {
                tasks.addCell(cell(t.taskCode(), body));
                tasks.addCell(cell(shorten(t.title()), body));
                tasks.addCell(cell(t.unitName(), body));
                tasks.addCell(number(text.date(t.deadline()), body));
                tasks.addCell(number(text.number(t.daysOverdue()), bodyBold));
            }
            d.add(tasks);
        }
    }

    /** A unit's name, a closed one with its end: "Xã Bài Sơn (closed 30/06/2025)". */
    private String unitName(String name, java.time.LocalDate activeTo) {
        return activeTo == null ? name : name + " " + text.t("structure.closed", text.date(activeTo));
    }

    // ---- the tables ---------------------------------------------------------------------------------------

    private void completionTables(Document d) {
        section(d, "report.pdf.byField");
        PdfPTable fields = completionTable("report.pdf.field");
        for (Completion c : data.completion().byField()) {
            completionRow(fields, c.label(), c, false);
        }
        completionRow(
                fields,
                text.t(data.groups().getLast().labelKey()),
                data.completion().overall(),
                true);
        d.add(fields);

        section(d, "report.pdf.byUnit");
        PdfPTable units = completionTable("report.col.unit");
        for (Completion c : data.completion().byUnit()) {
            completionRow(units, c.label(), c, false);
        }
        d.add(units);
    }

    private PdfPTable completionTable(String firstHeader) {
        PdfPTable t = table(new float[] {34, 10, 10, 10, 10, 10, 16});
        headers(
                t,
                firstHeader,
                "report.col.due",
                "dashboard.doneOnTimeShort",
                "dashboard.doneLateShort",
                "dashboard.overdue",
                "dashboard.inTimeShort",
                "report.col.completionRate");
        return t;
    }

    private void completionRow(PdfPTable t, String label, Completion c, boolean total) {
        Font f = total ? smallBold : small;
        List<PdfPCell> cells = List.of(
                cell(label, f),
                number(text.number(c.total()), f),
                number(text.number(c.doneOnTime()), f),
                number(text.number(c.doneLate()), f),
                number(text.number(c.overdue()), f),
                number(text.number(c.open()), f),
                number(new Rate(c.done(), c.total()).percentText(data.locale()), smallBold));
        for (PdfPCell cell : cells) {
            if (total) {
                cell.setBackgroundColor(GROUP_BACKGROUND);
            }
            t.addCell(cell);
        }
    }

    private void figureTables(Document d) {
        section(d, "report.pdf.unitFigures");
        d.add(new Paragraph(text.t("report.pdf.unitFiguresNote"), muted));
        Figure[] figures = Figure.values();
        float[] widths = new float[4 + figures.length];
        widths[0] = 22;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = i < 4 ? 7 : 10;
        }
        PdfPTable t = table(widths);
        List<String> heads = new ArrayList<>(List.of(
                text.t("report.col.unit"),
                text.t("report.count.received"),
                text.t("report.count.handled"),
                text.t("report.count.late")));
        for (Figure f : figures) {
            heads.add(text.t(f.messageKey()));
        }
        heads.forEach(h -> t.addCell(header(h)));
        t.setHeaderRows(1);
        for (var group : data.groups()) {
            figureRow(t, text.t(group.labelKey()), data.figures().group(group.key()), true);
        }
        for (UnitFigures u : data.figures().units()) {
            figureRow(t, unitName(u.unitName(), u.activeTo()), u.counts(), false);
        }
        d.add(t);

        d.newPage();
        section(d, "report.pdf.signatures");
        PdfPTable s = table(new float[] {34, 16, 16, 16, 18});
        s.addCell(header(text.t("report.col.unit")));
        data.months().forEach(m -> s.addCell(header(text.month(m))));
        s.addCell(header(text.quarter(data.quarter())));
        s.setHeaderRows(1);
        Double threshold = data.thresholds().rate(Figure.SIGNATURES.thresholdKey());
        for (SignatureRow row : data.signatures()) {
            s.addCell(cell(unitName(row.unitName(), row.activeTo()), small));
            long issued = 0;
            long signed = 0;
            for (var month : data.months()) {
                Rate r = row.months().getOrDefault(month, new Rate(0, 0));
                issued += r.denominator();
                signed += r.numerator();
                s.addCell(rateCell(r, threshold, false));
            }
            s.addCell(rateCell(new Rate(signed, issued), threshold, true));
        }
        d.add(s);

        section(d, "report.pdf.late");
        d.add(new Paragraph(text.t("report.pdf.lateNote"), muted));
        List<UnitFigures> withLate = data.figures().units().stream()
                .filter(u -> u.counts().late() > 0)
                .sorted(Comparator.comparingLong((UnitFigures u) -> u.counts().late())
                        .reversed()
                        .thenComparing(UnitFigures::unitCode))
                .toList();
        if (withLate.isEmpty()) {
            d.add(new Paragraph(text.t("figures.noLate"), body));
        } else {
            PdfPTable l = table(new float[] {40, 15, 15, 30});
            headers(l, "report.col.unit", "report.count.handled", "report.count.late", "figures.col.ON_TIME");
            Double onTime = data.thresholds().rate(Figure.ON_TIME.thresholdKey());
            for (UnitFigures u : withLate) {
                l.addCell(cell(u.unitName(), small));
                l.addCell(number(text.number(u.counts().handled()), small));
                l.addCell(number(text.number(u.counts().late()), smallBold));
                l.addCell(rateCell(Figure.ON_TIME.of(u.counts()), onTime, false));
            }
            d.add(l);
        }
    }

    private void figureRow(PdfPTable t, String label, FigureCounts c, boolean group) {
        Font f = group ? smallBold : small;
        List<PdfPCell> cells = new ArrayList<>();
        cells.add(cell(label, f));
        cells.add(number(text.number(c.received()), f));
        cells.add(number(text.number(c.handled()), f));
        cells.add(number(text.number(c.late()), f));
        for (Figure figure : Figure.values()) {
            cells.add(rateCell(figure.of(c), data.thresholds().rate(figure.thresholdKey()), group));
        }
        for (PdfPCell cell : cells) {
            if (group) {
                cell.setBackgroundColor(GROUP_BACKGROUND);
            }
            t.addCell(cell);
        }
    }

    /** "99,76 %" over "3.343 / 3.351", red below the threshold; "—" for a zero base. */
    private PdfPCell rateCell(Rate rate, Double threshold, boolean strong) {
        boolean below = threshold != null && rate.below(threshold);
        Phrase p = new Phrase();
        p.add(new Phrase(rate.percentText(data.locale()), below ? smallBelow : strong ? smallBold : small));
        if (rate.defined()) {
            p.add(new Phrase("\n" + rate.fractionText(data.locale()), muted));
        }
        PdfPCell c = new PdfPCell(p);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPadding(3);
        c.setBorderColor(HEADER_BACKGROUND);
        return c;
    }

    private void reminders(Document d) {
        section(d, "report.pdf.reminders");
        d.add(new Paragraph(text.t("report.pdf.remindersNote", text.date(data.today())), muted));
        if (data.reminders().isEmpty()) {
            d.add(new Paragraph(text.t("report.pdf.noReminders"), body));
            return;
        }
        PdfPTable t = table(new float[] {16, 16, 9, 12, 10, 37});
        headers(
                t,
                "report.col.rule",
                "report.col.unit",
                "report.col.subject",
                "report.col.state",
                "report.col.raised",
                "report.col.description");
        List<Reminder> shown =
                data.reminders().stream().limit(MAX_REMINDER_ROWS).toList();
        for (Reminder r : shown) {
            t.addCell(cell(text.t(r.rule().messageKey()), small));
            t.addCell(cell(r.unitName(), small));
            t.addCell(cell(ReminderTexts.subject(r, data.locale()), small));
            t.addCell(cell(text.t(r.state().messageKey()), small));
            t.addCell(cell(
                    r.raisedAt() == null
                            ? ""
                            : text.date(r.raisedAt()
                                    .atZone(org.parsteering.base.Formats.ZONE)
                                    .toLocalDate()),
                    small));
            t.addCell(cell(ReminderTexts.describe(r, data.locale()), small));
        }
        d.add(t);
        if (shown.size() < data.reminderTotal()) {
            d.add(new Paragraph(
                    text.t("report.capped", text.number(shown.size()), text.number(data.reminderTotal())), muted));
        }
    }

    // ---- building blocks ----------------------------------------------------------------------------------

    private void section(Document d, String key) {
        Paragraph p = new Paragraph(text.t(key), heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        d.add(p);
    }

    private PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        return t;
    }

    private void headers(PdfPTable t, String... keys) {
        for (String key : keys) {
            t.addCell(header(text.t(key)));
        }
        t.setHeaderRows(1);
    }

    private PdfPCell header(String value) {
        PdfPCell c = new PdfPCell(new Phrase(value, smallBold));
        c.setBackgroundColor(HEADER_BACKGROUND);
        c.setPadding(3);
        c.setBorderColor(HEADER_BACKGROUND);
        return c;
    }

    private PdfPCell cell(String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
        c.setPadding(3);
        c.setBorderColor(HEADER_BACKGROUND);
        return c;
    }

    private PdfPCell number(String value, Font font) {
        PdfPCell c = cell(value, font);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** Titles of up to 300 characters would push the summary past one page; the task page has them in full. */
    private static String shorten(String title) {
        return title.length() <= SUMMARY_TITLE
                ? title
                : title.substring(0, SUMMARY_TITLE - 1).strip() + "…";
    }

    private Font smallBelowBody() {
        return new Font(bodyBold.getBaseFont(), body.getSize(), Font.NORMAL, BELOW);
    }

    private String threshold(double percent) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(data.locale());
        f.setMaximumFractionDigits(2);
        return f.format(percent) + " %";
    }

    private void fonts() throws IOException {
        BaseFont regular = org.parsteering.base.PdfFonts.regular();
        BaseFont strong = org.parsteering.base.PdfFonts.bold();
        title = new Font(strong, 17);
        heading = new Font(strong, 11.5f);
        body = new Font(regular, 9);
        bodyBold = new Font(strong, 9);
        small = new Font(regular, 7.5f);
        smallBold = new Font(strong, 7.5f);
        smallBelow = new Font(strong, 7.5f, Font.NORMAL, BELOW);
        muted = new Font(regular, 7.5f, Font.NORMAL, MUTED);
    }
}
