/**
 * The reform plan (SPEC 2): five-year plans with their PAR fields, the tasks of a plan, their assignments
 * to a lead unit and coordinating units, the progress those units report with evidence, and the
 * committee's review of completion. Overdue, due soon and done late are derived from the deadline, the
 * status and the clock, never stored as a status.
 */
@ApplicationModule(displayName = "Reform plan")
package org.parsteering.plan;

import org.springframework.modulith.ApplicationModule;
