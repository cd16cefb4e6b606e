/**
 * The automation API of SPEC 5a: imports posted by the provincial system's nightly hand-over and the
 * figures for the province's dashboards. Stateless, bearer tokens only (see the security feature); the
 * same services and rules as the screens.
 */
@ApplicationModule(displayName = "Automation API")
package org.parsteering.api;

import org.springframework.modulith.ApplicationModule;
