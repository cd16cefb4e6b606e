/** The audit log screen, and the history grid that other features' screens embed to show one record's changes. */
@NamedInterface("ui")
package org.parsteering.audit.ui;

import org.springframework.modulith.NamedInterface;
