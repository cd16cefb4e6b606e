package org.parsteering.index;

/** Where one score stands: scored by people through self-assessment, appraisal and appeal, or computed, or imported. */
public enum ScoreStage {
    NOT_SCORED,
    SELF_ASSESSED,
    APPRAISED,
    APPEALED,
    DECIDED,
    COMPUTED,
    IMPORTED,
    NOT_IMPORTED,
    NOT_MEASURED;

    public String messageKey() {
        return "index.stage." + name();
    }
}
