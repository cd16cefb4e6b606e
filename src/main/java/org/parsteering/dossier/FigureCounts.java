package org.parsteering.dossier;

import java.util.function.ToLongFunction;

/**
 * The counts of SPEC 3 for one unit or group and one period; exact integers, rates are computed from them
 * (numerator / denominator, "—" for a zero denominator). The components follow {@link Count}'s order.
 */
public record FigureCounts(
        long received,
        long completed,
        long pendingAtEnd,
        long handled,
        long onTime,
        long late,
        long online,
        long componentsDigitized,
        long componentsFullyDigitized,
        long resultsDigitized,
        long resultsSigned,
        long feeRequired,
        long paidOnline,
        long documentsIssued,
        long documentsSigned) {

    public static final FigureCounts ZERO = of(c -> 0);

    /** The counts whose every {@link Count} is {@code value.applyAsLong(count)}. */
    public static FigureCounts of(ToLongFunction<Count> value) {
        return new FigureCounts(
                value.applyAsLong(Count.RECEIVED),
                value.applyAsLong(Count.COMPLETED),
                value.applyAsLong(Count.PENDING_AT_END),
                value.applyAsLong(Count.HANDLED),
                value.applyAsLong(Count.ON_TIME),
                value.applyAsLong(Count.LATE),
                value.applyAsLong(Count.ONLINE),
                value.applyAsLong(Count.COMPONENTS_DIGITIZED),
                value.applyAsLong(Count.COMPONENTS_FULLY_DIGITIZED),
                value.applyAsLong(Count.RESULTS_DIGITIZED),
                value.applyAsLong(Count.RESULTS_SIGNED),
                value.applyAsLong(Count.FEE_REQUIRED),
                value.applyAsLong(Count.PAID_ONLINE),
                value.applyAsLong(Count.DOCUMENTS_ISSUED),
                value.applyAsLong(Count.DOCUMENTS_SIGNED));
    }

    public FigureCounts plus(FigureCounts o) {
        return of(c -> c.of(this) + c.of(o));
    }
}
