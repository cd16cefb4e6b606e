package org.parsteering.dossier;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A rate as SPEC 3 shows it: a percentage with one decimal, two where the base is over 1,000 (99.76 %),
 * always with numerator and denominator beside it (3,343 / 3,351), and "—" when the denominator is zero —
 * never 0 % or 100 %.
 */
public record Rate(long numerator, long denominator) {

    public boolean defined() {
        return denominator > 0;
    }

    /** The percentage, or NaN when undefined. */
    public double percent() {
        return defined() ? 100.0 * numerator / denominator : Double.NaN;
    }

    public String percentText(Locale locale) {
        if (!defined()) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        int decimals = denominator > 1000 ? 2 : 1;
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(percent()) + " %";
    }

    public String fractionText(Locale locale) {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        return f.format(numerator) + " / " + f.format(denominator);
    }

    /** Below the threshold (in percent)? An undefined rate is never below. */
    public boolean below(double thresholdPercent) {
        return defined() && percent() < thresholdPercent;
    }
}
