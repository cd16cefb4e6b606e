package org.parsteering.dossier;

import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The 15 counts of SPEC 3, in the one order every list of them follows: the components of {@link
 * FigureCounts} (and so the fields of the API's JSON), the columns of the figures SQL and of the report's
 * workbook. Each names its SQL column ({@code pending_at_end}), its field ({@code pendingAtEnd}) and its
 * label key ({@code report.count.pendingAtEnd}).
 */
public enum Count {
    RECEIVED(Source.DOSSIERS, FigureCounts::received),
    COMPLETED(Source.DOSSIERS, FigureCounts::completed),
    PENDING_AT_END(Source.DOSSIERS, FigureCounts::pendingAtEnd),
    HANDLED(Source.DOSSIERS, FigureCounts::handled),
    ON_TIME(Source.DOSSIERS, FigureCounts::onTime),
    LATE(Source.DOSSIERS, FigureCounts::late),
    ONLINE(Source.DOSSIERS, FigureCounts::online),
    COMPONENTS_DIGITIZED(Source.DOSSIERS, FigureCounts::componentsDigitized),
    COMPONENTS_FULLY_DIGITIZED(Source.DOSSIERS, FigureCounts::componentsFullyDigitized),
    RESULTS_DIGITIZED(Source.DOSSIERS, FigureCounts::resultsDigitized),
    RESULTS_SIGNED(Source.DOSSIERS, FigureCounts::resultsSigned),
    FEE_REQUIRED(Source.DOSSIERS, FigureCounts::feeRequired),
    PAID_ONLINE(Source.DOSSIERS, FigureCounts::paidOnline),
    DOCUMENTS_ISSUED(Source.SIGNATURES, FigureCounts::documentsIssued),
    DOCUMENTS_SIGNED(Source.SIGNATURES, FigureCounts::documentsSigned);

    /** Where a count comes from: the dossiers' aggregate, or the leaders' monthly signature reports. */
    public enum Source {
        DOSSIERS,
        SIGNATURES
    }

    private final Source source;
    private final ToLongFunction<FigureCounts> value;
    private final String field;

    Count(Source source, ToLongFunction<FigureCounts> value) {
        this.source = source;
        this.value = value;
        StringBuilder camel = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        this.field = camel.toString();
    }

    public Source source() {
        return source;
    }

    /** This count in a set of counts. */
    public long of(FigureCounts counts) {
        return value.applyAsLong(counts);
    }

    /** The SQL column (alias) the figures queries answer it in: {@code pending_at_end}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of the {@link FigureCounts} component and of the API's JSON field: {@code pendingAtEnd}. */
    public String field() {
        return field;
    }

    /** The translated name of the count: {@code report.count.pendingAtEnd}. */
    public String messageKey() {
        return "report.count." + field;
    }
}
