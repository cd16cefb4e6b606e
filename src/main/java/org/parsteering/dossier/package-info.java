/**
 * Administrative-procedure dossiers and digital-signature figures (SPEC 2, 3, 5): the procedure
 * catalogue, dossiers and leaders' signature reports imported from the provincial system, and the
 * figures of Decision 766 computed from them by SQL aggregates, per unit and per group, for any period.
 */
@ApplicationModule(displayName = "Dossiers and figures")
package org.parsteering.dossier;

import org.springframework.modulith.ApplicationModule;
