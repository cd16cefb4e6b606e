package org.parsteering.index;

/**
 * The life of an assessment round (SPEC 3a): units self-assess while {@link #OPEN}, the committee appraises in
 * {@link #APPRAISAL}, units may appeal a changed point once in {@link #APPEAL} (optional per round), and a
 * {@link #PUBLISHED} round is frozen.
 */
public enum RoundState {
    OPEN,
    APPRAISAL,
    APPEAL,
    PUBLISHED;

    public String messageKey() {
        return "index.state." + name();
    }
}
