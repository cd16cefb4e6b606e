/** Settings of the deployment that the secretary edits on screen: the thresholds and periods of SPEC 3 and 4. */
@ApplicationModule(displayName = "Settings")
package org.parsteering.settings;

import org.springframework.modulith.ApplicationModule;
