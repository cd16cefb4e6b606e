package org.parsteering.dossier;

/**
 * The rates of SPEC 3 that the figures page shows, each a numerator count over a denominator count, with its
 * threshold setting (null = none).
 */
public enum Figure {
    ON_TIME(Count.ON_TIME, Count.HANDLED, "onTime"),
    ONLINE(Count.ONLINE, Count.RECEIVED, null),
    COMPONENTS(Count.COMPONENTS_DIGITIZED, Count.RECEIVED, "componentsDigitized"),
    COMPONENTS_FULL(Count.COMPONENTS_FULLY_DIGITIZED, Count.RECEIVED, null),
    RESULTS_DIGITIZED(Count.RESULTS_DIGITIZED, Count.COMPLETED, null),
    RESULTS_SIGNED(Count.RESULTS_SIGNED, Count.COMPLETED, null),
    ONLINE_PAYMENT(Count.PAID_ONLINE, Count.FEE_REQUIRED, "onlinePayment"),
    SIGNATURES(Count.DOCUMENTS_SIGNED, Count.DOCUMENTS_ISSUED, "signatures");

    private final Count numerator;
    private final Count denominator;
    private final String thresholdKey;

    Figure(Count numerator, Count denominator, String thresholdKey) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.thresholdKey = thresholdKey;
    }

    public Rate of(FigureCounts counts) {
        return new Rate(numerator.of(counts), denominator.of(counts));
    }

    public Count numerator() {
        return numerator;
    }

    public Count denominator() {
        return denominator;
    }

    /** Name of the threshold setting (see {@code settings.Thresholds#rate}), or null. */
    public String thresholdKey() {
        return thresholdKey;
    }

    public String messageKey() {
        return "figures.col." + name();
    }
}
