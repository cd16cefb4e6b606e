/** Vaadin building blocks every feature's screens may use: formats, notifications, the import dialog, charts. */
@NamedInterface("ui")
package org.parsteering.base.ui;

import org.springframework.modulith.NamedInterface;
