package org.parsteering.base.ui;

import org.parsteering.base.tabular.ImportProgress;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.TabularFile;

/**
 * One of the imports of SPEC 5 as a screen starts it: the file as already read for the preview (the
 * upload itself is gone by then), its name, and where to report progress.
 */
@FunctionalInterface
public interface Importer {

    ImportResult run(TabularFile file, String fileName, ImportProgress progress);
}
