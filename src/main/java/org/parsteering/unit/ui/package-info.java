/**
 * The Units screen (units, their changes and lineage), and the structure choice that every figure screen embeds
 * (current or historical, SPEC 2a) with the marks it puts on units that closed or that carry others on.
 */
@NamedInterface("ui")
package org.parsteering.unit.ui;

import org.springframework.modulith.NamedInterface;
