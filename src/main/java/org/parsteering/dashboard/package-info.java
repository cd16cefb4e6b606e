/**
 * The start page. For now an overview of the locality's units and of the signed-in user's place in it;
 * the committee and unit dashboards of SPEC 6 grow here as the figures and plan features land.
 */
@ApplicationModule(displayName = "Dashboard")
package org.parsteering.dashboard;

import org.springframework.modulith.ApplicationModule;
