/**
 * Index sets and scores (SPEC 3a): the PAR INDEX and the Decision 766 score as trees of criteria with maximum
 * points, assessment rounds (self-assessment with evidence, appraisal, appeal, publication), the points computed
 * from the portal's own figures ({@code FORMULA}, through the dossier module's figures) and from the plan's tasks
 * tied to a criterion ({@code TASKS}), and the results: ranking, bands, where the points were lost.
 */
@ApplicationModule(displayName = "Indexes")
package org.parsteering.index;

import org.springframework.modulith.ApplicationModule;
