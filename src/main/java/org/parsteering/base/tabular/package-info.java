/** Reading CSV and XLSX imports into rows, with limits and row errors, for every feature that imports files. */
@NamedInterface("tabular")
package org.parsteering.base.tabular;

import org.springframework.modulith.NamedInterface;
