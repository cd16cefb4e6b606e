package org.parsteering.dossier;

import java.util.List;

/** A unit's dossiers still pending past their due date today (SPEC 3 "overdue pending"): how many, and the first codes. */
public record OverduePending(String unitCode, long count, List<String> firstCodes) {}
