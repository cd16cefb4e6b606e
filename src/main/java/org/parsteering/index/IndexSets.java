package org.parsteering.index;

import java.math.BigDecimal;
import java.util.List;

/** Defaults of a new set. */
public final class IndexSets {

    /** The bands a new set starts with, as REFERENCE section 3 names them (Good / Fair / Average / Weak). */
    public static final List<IndexBand> DEFAULT_BANDS = List.of(
            new IndexBand("Tốt", "Good", new BigDecimal("90")),
            new IndexBand("Khá", "Fair", new BigDecimal("80")),
            new IndexBand("Trung bình", "Average", new BigDecimal("65")),
            new IndexBand("Yếu", "Weak", BigDecimal.ZERO));

    /** The family of sets the portal reads as the locality's Decision 766 score (the dashboards, the results page). */
    public static final String DECISION_766_FAMILY = "QD766";

    private IndexSets() {}
}
