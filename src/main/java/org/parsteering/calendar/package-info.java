/**
 * The working-day calendar (SPEC 4a): weekends and the holidays and swapped working days the secretary keeps, and
 * the working-day arithmetic the deadlines use ("N working days from a date", a deadline on a day off moved to the
 * next working day).
 */
@ApplicationModule(displayName = "Working calendar")
package org.parsteering.calendar;

import org.springframework.modulith.ApplicationModule;
