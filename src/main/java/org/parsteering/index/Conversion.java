package org.parsteering.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parsteering.base.BusinessException;

/**
 * How a rate becomes points (REFERENCE section 2): {@code L} = max × rate; {@code T(x)} = full marks at a rate of
 * x % or more, else max × rate / x %; steps {@code >90:2;>=70:1;else:0} = the points of the first step the rate (in
 * percent) passes. Points have two decimals, rounded down (a point is never given that was not earned: a rate just below a
 * threshold never shows full marks), and stay within [0, max]. A rate with a zero denominator is not
 * measured: {@link #points} answers empty, never 0 or full marks.
 */
public sealed interface Conversion {

    /** The points for {@code numerator / denominator}, empty when the denominator is zero. */
    default Optional<BigDecimal> points(BigDecimal max, long numerator, long denominator) {
        if (denominator <= 0) {
            return Optional.empty();
        }
        BigDecimal rate =
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
        // to 8 decimals first, so that 6 × 1/3 is 2.00 and not 1.99
        BigDecimal points = ofRate(max, rate).setScale(8, RoundingMode.HALF_UP).setScale(2, RoundingMode.DOWN);
        if (points.signum() < 0) {
            points = BigDecimal.ZERO.setScale(2);
        }
        if (points.compareTo(max) > 0) {
            points = max.setScale(2, RoundingMode.HALF_UP);
        }
        return Optional.of(points);
    }

    /** The points for a rate between 0 and 1 (before rounding and bounds). */
    BigDecimal ofRate(BigDecimal max, BigDecimal rate);

    /** The text this conversion is written as in a rule. */
    String text();

    /** {@code L}: max × rate. */
    record Linear() implements Conversion {
        @Override
        public BigDecimal ofRate(BigDecimal max, BigDecimal rate) {
            return max.multiply(rate);
        }

        @Override
        public String text() {
            return "L";
        }
    }

    /** {@code T(x)}: full marks at x % or more, else max × rate / x %. */
    record Threshold(BigDecimal percent) implements Conversion {
        @Override
        public BigDecimal ofRate(BigDecimal max, BigDecimal rate) {
            BigDecimal x = percent.movePointLeft(2);
            return rate.compareTo(x) >= 0 ? max : max.multiply(rate).divide(x, 20, RoundingMode.HALF_UP);
        }

        @Override
        public String text() {
            return "T(" + percent.stripTrailingZeros().toPlainString() + ")";
        }
    }

    /** One step: the rate (in percent) is above ({@code >}) or at least ({@code >=}) the bound. */
    record Step(BigDecimal bound, boolean inclusive, BigDecimal points) {
        boolean passes(BigDecimal percent) {
            int c = percent.compareTo(bound);
            return inclusive ? c >= 0 : c > 0;
        }
    }

    /** Steps, tried in order, and the points when none passes ({@code else}). */
    record Steps(List<Step> steps, BigDecimal otherwise) implements Conversion {
        public Steps {
            steps = List.copyOf(steps);
        }

        @Override
        public BigDecimal ofRate(BigDecimal max, BigDecimal rate) {
            BigDecimal percent = rate.movePointRight(2);
            return steps.stream()
                    .filter(s -> s.passes(percent))
                    .map(Step::points)
                    .findFirst()
                    .orElse(otherwise);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder();
            for (Step s : steps) {
                b.append(s.inclusive() ? ">=" : ">")
                        .append(s.bound().stripTrailingZeros().toPlainString())
                        .append(':')
                        .append(s.points().stripTrailingZeros().toPlainString())
                        .append(';');
            }
            return b.append("else:")
                    .append(otherwise.stripTrailingZeros().toPlainString())
                    .toString();
        }
    }

    Pattern THRESHOLD = Pattern.compile("T\\((\\d{1,3}(?:\\.\\d{1,2})?)\\)");
    Pattern STEP = Pattern.compile("(>=|>)(\\d{1,3}(?:\\.\\d{1,2})?):(\\d{1,4}(?:\\.\\d{1,2})?)");
    Pattern ELSE = Pattern.compile("else:(\\d{1,4}(?:\\.\\d{1,2})?)");

    /**
     * Parses {@code L}, {@code T(80)} or {@code >90:2;>=70:1;else:0} (steps with descending bounds, between 0 and
     * 100, and an {@code else}); a {@link BusinessException} {@code index.error.conversion} otherwise.
     */
    static Conversion parse(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        if (t.equalsIgnoreCase("L")) {
            return new Linear();
        }
        Matcher m = THRESHOLD.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            BigDecimal x = new BigDecimal(m.group(1));
            if (x.signum() <= 0 || x.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new BusinessException("index.error.conversion", text);
            }
            return new Threshold(x);
        }
        String[] parts = t.toLowerCase(Locale.ROOT).split(";");
        if (parts.length >= 2) {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < parts.length - 1; i++) {
                Matcher s = STEP.matcher(parts[i]);
                if (!s.matches()) {
                    throw new BusinessException("index.error.conversion", text);
                }
                BigDecimal bound = new BigDecimal(s.group(2));
                if (bound.compareTo(BigDecimal.valueOf(100)) > 0
                        || (!steps.isEmpty() && bound.compareTo(steps.getLast().bound()) > 0)) {
                    throw new BusinessException("index.error.conversion", text);
                }
                steps.add(new Step(bound, s.group(1).equals(">="), new BigDecimal(s.group(3))));
            }
            Matcher e = ELSE.matcher(parts[parts.length - 1]);
            if (e.matches()) {
                return new Steps(steps, new BigDecimal(e.group(1)));
            }
        }
        throw new BusinessException("index.error.conversion", text);
    }
}
