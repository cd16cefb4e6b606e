package org.parsteering.plan;

/**
 * A field of a plan as the secretary enters it: its code (fixed once the field exists), its names in English and
 * Vietnamese, and optionally the working group that follows it and the code of its lead unit.
 */
public record FieldDraft(String code, String nameEn, String nameVi, String workingGroup, String leadUnitCode) {}
