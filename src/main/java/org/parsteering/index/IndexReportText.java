package org.parsteering.index;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.parsteering.base.Formats;
import org.parsteering.base.Messages;

/** The words, points, percents and dates of a round's report in the reader's language (8,75 and 20/01/2024 in Vietnamese). */
final class IndexReportText {

    private final Locale locale;
    private final RoundResults results;

    IndexReportText(RoundResults results, Locale locale) {
        this.results = results;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** A message of the translation files; pass years and codes as strings so they are not grouped (2.024). */
    String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    /** "PAR INDEX … – 2023 – Published on 20 Jan 2024", or "… – Self-assessment – provisional results …". */
    String titleLine() {
        return t(
                        "index.report.title",
                        results.set().name(locale),
                        String.valueOf(results.round().year())) + " – " + stateLine();
    }

    String stateLine() {
        RoundSummary round = results.round();
        if (!results.provisional()) {
            return round.publishedAt() == null
                    ? t(round.state().messageKey())
                    : t(
                            "index.report.published",
                            Formats.date(
                                    round.publishedAt().atZone(Formats.ZONE).toLocalDate(), locale));
        }
        return t("index.report.provisional", t(round.state().messageKey()));
    }

    /** Which round the changes are measured against, or that there is none. */
    String comparedLine() {
        return results.previous() == null
                ? t("index.report.noPrevious")
                : t("index.report.compared", String.valueOf(results.previous().year()));
    }

    String band(IndexBand band) {
        return band == null ? "" : band.name(locale);
    }

    /** Points with up to two decimals: 8,75 and 10. */
    String points(BigDecimal points) {
        if (points == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(points);
    }

    /** "85,25 %"; "—" when unknown. */
    String percent(BigDecimal percent) {
        if (percent == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(percent) + " %";
    }

    /** "+2", "−1", "0"; "—" without a previous round. */
    String rankChange(Integer change) {
        return change == null ? "—" : signed(BigDecimal.valueOf(change), 0);
    }

    /** "+1,25", "−0,5"; "—" without a previous round. */
    String pointsChange(BigDecimal change) {
        return change == null ? "—" : signed(change, 2);
    }

    private String signed(BigDecimal value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        if (f instanceof DecimalFormat d) {
            d.setPositivePrefix("+");
            d.setNegativePrefix("−");
        }
        return value.signum() == 0 ? "0" : f.format(value);
    }
}
