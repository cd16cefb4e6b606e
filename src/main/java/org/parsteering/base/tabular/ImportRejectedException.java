package org.parsteering.base.tabular;

import java.util.List;
import org.parsteering.base.BusinessException;

/** An import file with at least one bad row: nothing was written, and every bad row is listed. */
public class ImportRejectedException extends BusinessException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super("import.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> getErrors() {
        return errors;
    }
}
