package org.parsteering.base.ui;

import org.parsteering.base.tabular.ImportProgress;
import org.parsteering.base.tabular.ImportResult;

/** One of the imports of SPEC 5 as a screen starts it: the file's bytes and name, and where to report progress. */
@FunctionalInterface
public interface Importer {

    ImportResult run(byte[] content, String fileName, ImportProgress progress);
}
