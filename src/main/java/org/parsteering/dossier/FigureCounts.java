package org.parsteering.dossier;

/**
 * The counts of SPEC 3 for one unit or group and one period; exact integers, rates are computed from them
 * (numerator / denominator, "—" for a zero denominator).
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

    public static final FigureCounts ZERO = new FigureCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public FigureCounts plus(FigureCounts o) {
        return new FigureCounts(
                received + o.received,
                completed + o.completed,
                pendingAtEnd + o.pendingAtEnd,
                handled + o.handled,
                onTime + o.onTime,
                late + o.late,
                online + o.online,
                componentsDigitized + o.componentsDigitized,
                componentsFullyDigitized + o.componentsFullyDigitized,
                resultsDigitized + o.resultsDigitized,
                resultsSigned + o.resultsSigned,
                feeRequired + o.feeRequired,
                paidOnline + o.paidOnline,
                documentsIssued + o.documentsIssued,
                documentsSigned + o.documentsSigned);
    }
}
