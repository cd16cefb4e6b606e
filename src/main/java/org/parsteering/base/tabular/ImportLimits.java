package org.parsteering.base.tabular;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an import file may be, on a screen and over the API alike ({@code par.imports.max-bytes},
 * default 20 MB; {@code par.imports.max-rows}, default 1,000,000 data rows). A file over either limit is
 * refused with a clear message as soon as the limit is passed, before it can fill the memory.
 */
@ConfigurationProperties("par.imports")
public record ImportLimits(DataSize maxBytes, int maxRows) {

    public static final DataSize DEFAULT_MAX_BYTES = DataSize.ofMegabytes(20);
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    public static final ImportLimits DEFAULTS = new ImportLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);

    public ImportLimits {
        if (maxBytes == null || maxBytes.toBytes() <= 0) {
            maxBytes = DEFAULT_MAX_BYTES;
        }
        if (maxRows <= 0) {
            maxRows = DEFAULT_MAX_ROWS;
        }
    }

    /** The byte limit in whole megabytes, as messages show it. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes.toMegabytes());
    }
}
