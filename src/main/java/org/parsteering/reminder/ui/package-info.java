/** The reminders inbox, and the event that tells the shell's badge the open reminders changed. */
@NamedInterface("ui")
package org.parsteering.reminder.ui;

import org.springframework.modulith.NamedInterface;
