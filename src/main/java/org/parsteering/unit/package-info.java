/**
 * Organisational units (SPEC 2 "Unit", 5 "Units"): the district office, its departments and its
 * communes. Units are administered by the SECRETARY, imported from CSV/XLSX, and closed with an
 * {@code activeTo} date rather than deleted once anything refers to them.
 */
@ApplicationModule(displayName = "Units")
package org.parsteering.unit;

import org.springframework.modulith.ApplicationModule;
