package org.parsteering.index;

/**
 * What the committee's dashboard shows of the indexes: the locality's Decision 766 score of the period (null without a
 * 766 set) and the latest published PAR INDEX ranking (null before the first publication).
 */
public record CommitteeIndexes(LocalityScore score766, RoundResults latest) {}
