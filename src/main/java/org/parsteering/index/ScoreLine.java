package org.parsteering.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's score of one leaf item in a round: the self-assessment, the appraisal, the appeal and its decision,
 * the computed points (FORMULA and TASKS: live until publication, then frozen) or the imported ones, and the
 * evidence. {@code points} is the final value as things stand: for a scored item the decided appeal, else the
 * appraised, else the self score; for the others the computed or imported value; null when not (yet) known.
 */
public record ScoreLine(
        long scoreId,
        long version,
        IndexItem item,
        BigDecimal selfPoints,
        String selfComment,
        String noEvidenceReason,
        BigDecimal appraisedPoints,
        String appraisalReason,
        String appraisedBy,
        String appealReason,
        String appealDecision,
        BigDecimal decidedPoints,
        String decisionNote,
        BigDecimal computedPoints,
        String computedNote,
        BigDecimal importedPoints,
        String importedNote,
        BigDecimal points,
        List<ScoreEvidence> evidence) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public ScoreLine {
        evidence = List.copyOf(evidence);
    }

    /** Whether the appraisal changed the self score (the unit may appeal it). */
    public boolean changedByAppraisal() {
        return appraisedPoints != null && (selfPoints == null || appraisedPoints.compareTo(selfPoints) != 0);
    }

    /** Whether an appeal waits for the committee's decision. */
    public boolean appealPending() {
        return appealReason != null && appealDecision == null;
    }

    /** Where the score stands. */
    public ScoreStage stage() {
        return switch (item.method()) {
            case FORMULA, TASKS -> points == null ? ScoreStage.NOT_MEASURED : ScoreStage.COMPUTED;
            case IMPORTED -> importedPoints == null ? ScoreStage.NOT_IMPORTED : ScoreStage.IMPORTED;
            case NOT_MEASURED -> ScoreStage.NOT_MEASURED;
            case MANUAL ->
                decidedPoints != null
                        ? ScoreStage.DECIDED
                        : appealReason != null
                                ? ScoreStage.APPEALED
                                : appraisedPoints != null
                                        ? ScoreStage.APPRAISED
                                        : selfPoints != null ? ScoreStage.SELF_ASSESSED : ScoreStage.NOT_SCORED;
        };
    }

    /** The points lost: maximum minus the points (null when they are not known). */
    public BigDecimal lost() {
        return points == null ? null : item.maxPoints().subtract(points);
    }
}
