package org.parsteering.dossier;

import java.util.function.Function;

/** The rates of SPEC 3 that the figures page shows, each with its threshold setting (null = none). */
public enum Figure {
    ON_TIME(c -> new Rate(c.onTime(), c.handled()), "onTime"),
    ONLINE(c -> new Rate(c.online(), c.received()), null),
    COMPONENTS(c -> new Rate(c.componentsDigitized(), c.received()), "componentsDigitized"),
    COMPONENTS_FULL(c -> new Rate(c.componentsFullyDigitized(), c.received()), null),
    RESULTS_DIGITIZED(c -> new Rate(c.resultsDigitized(), c.completed()), null),
    RESULTS_SIGNED(c -> new Rate(c.resultsSigned(), c.completed()), null),
    ONLINE_PAYMENT(c -> new Rate(c.paidOnline(), c.feeRequired()), "onlinePayment"),
    SIGNATURES(c -> new Rate(c.documentsSigned(), c.documentsIssued()), "signatures");

    private final Function<FigureCounts, Rate> rate;
    private final String thresholdKey;

    Figure(Function<FigureCounts, Rate> rate, String thresholdKey) {
        this.rate = rate;
        this.thresholdKey = thresholdKey;
    }

    public Rate of(FigureCounts counts) {
        return rate.apply(counts);
    }

    /** Name of the threshold setting (see {@code settings.Thresholds#rate}), or null. */
    public String thresholdKey() {
        return thresholdKey;
    }

    public String messageKey() {
        return "figures.col." + name();
    }
}
