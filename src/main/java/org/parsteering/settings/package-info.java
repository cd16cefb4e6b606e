/** Settings of the deployment that the secretary edits on screen: the thresholds and periods of SPEC 3 and 4. */
package org.parsteering.settings;
