package org.parsteering.index;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.parsteering.plan.CriterionTask;
import org.parsteering.unit.UnitType;

/**
 * A round's results as a brief (A4 portrait): the title (set, year, published date or "provisional"), the ranking of
 * each unit type (rank, unit, points, percent, band, change against the previous published round), then for each
 * unit, in the ranking's order, the items where it lost the most points with the tasks tied to them. DejaVu Sans is
 * embedded (Identity-H), so Vietnamese diacritics print and copy correctly on any machine.
 */
final class IndexReportPdf {

    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6D);
    private static final Color PROVISIONAL = new Color(0xB0, 0x1E, 0x1E);

    private final RoundResults results;
    private final Map<String, List<LostPoints>> weakest;
    private final int limit;
    private final IndexReportText text;
    private Font title;
    private Font heading;
    private Font body;
    private Font bodyBold;
    private Font small;
    private Font smallBold;
    private Font muted;
    private Font warning;

    IndexReportPdf(RoundResults results, Map<String, List<LostPoints>> weakest, int limit, IndexReportText text) {
        this.results = results;
        this.weakest = weakest;
        this.limit = limit;
        this.text = text;
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 40);
        try {
            fonts();
            PdfWriter.getInstance(document, out);
            document.addTitle(text.titleLine());
            document.addCreator("PAR Steering");
            HeaderFooter footer = new HeaderFooter(
                    new Phrase(
                            text.t(
                                            "index.report.title",
                                            results.set().name(text.locale()),
                                            String.valueOf(results.round().year()))
                                    + " – " + text.t("index.report.pdf.page") + " ",
                            muted),
                    true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.TOP);
            footer.setBorderColor(HEADER_BACKGROUND);
            document.setFooter(footer);
            document.open();
            heading(document);
            ranking(document);
            weakest(document);
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the results could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heading(Document d) {
        d.add(new Paragraph(results.set().name(text.locale()), title));
        d.add(new Paragraph(
                text.t("index.report.pdf.year", String.valueOf(results.round().year())) + " – " + text.stateLine(),
                results.provisional() ? warning : heading));
        d.add(new Paragraph(text.comparedLine(), muted));
    }

    private void ranking(Document d) {
        if (results.units().isEmpty()) {
            section(d, text.t("index.report.pdf.noUnits"));
            return;
        }
        for (Map.Entry<UnitType, List<UnitResult>> type : results.byType().entrySet()) {
            section(d, text.t("index.report.pdf.ranking", text.t(type.getKey().messageKey())));
            PdfPTable t = table(new float[] {7, 43, 11, 12, 11, 16});
            headers(
                    t,
                    "index.report.col.rank",
                    "index.report.col.unit",
                    "index.report.col.total",
                    "index.report.pdf.percent",
                    "index.report.col.band",
                    "index.report.col.change");
            for (UnitResult u : type.getValue()) {
                t.addCell(number(String.valueOf(u.rank()), bodyBold));
                t.addCell(cell(u.unitName(), body));
                t.addCell(number(text.points(u.total()), body));
                t.addCell(number(text.percent(u.percent()), bodyBold));
                t.addCell(cell(text.band(u.band()), body));
                t.addCell(number(change(u), body));
            }
            d.add(t);
        }
    }

    /** "+2 (+1,25)": places gained and points gained; "—" without a previous round. */
    private String change(UnitResult u) {
        if (u.rankChange() == null) {
            return "—";
        }
        return text.rankChange(u.rankChange()) + " (" + text.pointsChange(u.pointsChange()) + ")";
    }

    private void weakest(Document d) {
        if (weakest.isEmpty()) {
            return;
        }
        d.newPage();
        section(d, text.t("index.report.pdf.weakest"));
        d.add(new Paragraph(text.t("index.report.pdf.weakestNote", String.valueOf(limit)), muted));
        for (UnitResult u : IndexReportXlsx.ranked(results)) {
            List<LostPoints> lost = weakest.get(u.unitCode());
            if (lost == null) {
                continue;
            }
            // the unit's line heads its table, and the small table stays on one page with it
            PdfPTable t = table(new float[] {8, 46, 9, 9, 9, 19});
            t.setSpacingBefore(8);
            t.setKeepTogether(true);
            PdfPCell name = new PdfPCell(new Phrase(
                    text.t(
                            "index.report.pdf.unitLine",
                            u.unitName(),
                            text.points(u.total()),
                            text.percent(u.percent()),
                            text.band(u.band()),
                            String.valueOf(u.rank())),
                    bodyBold));
            name.setColspan(6);
            name.setBorder(Rectangle.NO_BORDER);
            name.setPaddingBottom(4);
            t.addCell(name);
            if (lost.isEmpty()) {
                PdfPCell none = cell(text.t("index.report.pdf.nothingLost"), muted);
                none.setColspan(6);
                none.setBorder(Rectangle.NO_BORDER);
                t.addCell(none);
                d.add(t);
                continue;
            }
            for (String key : List.of(
                    "index.report.col.code",
                    "index.report.col.item",
                    "index.report.col.points",
                    "index.report.col.max",
                    "index.report.col.lost",
                    "index.report.col.tasks")) {
                t.addCell(header(key));
            }
            for (LostPoints l : lost) {
                t.addCell(cell(l.item().code(), small));
                t.addCell(cell(l.item().title(text.locale()), small));
                t.addCell(number(text.points(l.points()), small));
                t.addCell(number(text.points(l.item().maxPoints()), small));
                t.addCell(number(text.points(l.lost()), smallBold));
                t.addCell(cell(
                        l.tasks().isEmpty()
                                ? "—"
                                : l.tasks().stream().map(CriterionTask::code).collect(Collectors.joining(", ")),
                        small));
            }
            d.add(t);
        }
    }

    // ---- building blocks ----------------------------------------------------------------------------------

    private void section(Document d, String value) {
        Paragraph p = new Paragraph(value, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        d.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        return t;
    }

    private void headers(PdfPTable t, String... keys) {
        for (String key : keys) {
            t.addCell(header(key));
        }
        t.setHeaderRows(1);
    }

    private PdfPCell header(String key) {
        PdfPCell c = new PdfPCell(new Phrase(text.t(key), smallBold));
        c.setBackgroundColor(HEADER_BACKGROUND);
        c.setPadding(3);
        c.setBorderColor(HEADER_BACKGROUND);
        return c;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
        c.setPadding(3);
        c.setBorderColor(HEADER_BACKGROUND);
        return c;
    }

    private static PdfPCell number(String value, Font font) {
        PdfPCell c = cell(value, font);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private void fonts() throws IOException {
        BaseFont regular = org.parsteering.base.PdfFonts.regular();
        BaseFont strong = org.parsteering.base.PdfFonts.bold();
        title = new Font(strong, 15);
        heading = new Font(strong, 11.5f);
        body = new Font(regular, 9);
        bodyBold = new Font(strong, 9);
        small = new Font(regular, 7.5f);
        smallBold = new Font(strong, 7.5f);
        muted = new Font(regular, 7.5f, Font.NORMAL, MUTED);
        warning = new Font(strong, 11.5f, Font.NORMAL, PROVISIONAL);
    }
}
