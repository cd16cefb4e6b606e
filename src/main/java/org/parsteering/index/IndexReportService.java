package org.parsteering.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parsteering.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results as files for the committee's meetings (SPEC 3a, SPEC 6): a workbook (the ranking of each unit
 * type; the tree × the units with every inner item and the total as Excel formulas over the leaves) and a brief (the
 * rankings, then each unit's weakest items with the tasks tied to them), in the reader's language. Every number comes
 * from {@link IndexResultService} and {@link AssessmentService}, read in one read-only transaction, so the files
 * equal the results and sheets the screens show; an unpublished round's files say they are provisional. Only those
 * who read every unit (secretary, committee, inspectors) may produce them.
 */
@Service
@Transactional(readOnly = true)
public class IndexReportService {

    /** The brief lists this many items per unit where it lost the most points. */
    static final int WEAKEST = 3;

    private final AssessmentService assessments;
    private final IndexResultService results;

    IndexReportService(AssessmentService assessments, IndexResultService results) {
        this.assessments = assessments;
        this.results = results;
    }

    /** The workbook: sheet 1 the ranking, sheet 2 the scores of every item for every unit. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] xlsx(long roundId, Locale locale) {
        RoundResults round = results.results(roundId);
        List<UnitSheet> sheets = assessments.sheets(roundId);
        return new IndexReportXlsx(round, sheets, new IndexReportText(round, language(locale))).write();
    }

    /** The brief: the ranking of each unit type, then each unit's {@value #WEAKEST} weakest items. */
    @PreAuthorize(Roles.CAN_READ_ALL)
    public byte[] pdf(long roundId, Locale locale) {
        RoundResults round = results.results(roundId);
        Map<String, List<LostPoints>> weakest = new LinkedHashMap<>();
        for (UnitResult u : IndexReportXlsx.ranked(round)) {
            weakest.put(u.unitCode(), results.weakest(roundId, u.unitCode(), WEAKEST));
        }
        return new IndexReportPdf(round, weakest, WEAKEST, new IndexReportText(round, language(locale))).write();
    }

    private static Locale language(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }
}
