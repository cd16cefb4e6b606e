/**
 * The application shell around every view: side navigation built from the views the user may open,
 * the user's name, role and unit, the language switch, sign-out, and the "no access" and "not found"
 * pages. Also the UI-wide error handler that turns broken rules into translated messages.
 */
@ApplicationModule(displayName = "Application shell")
package org.parsteering.shell;

import org.springframework.modulith.ApplicationModule;
