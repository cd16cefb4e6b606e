package org.parsteering.unit;

import org.parsteering.base.BusinessException;

/** A broken rule of a unit change, with the import column it is about (so a row error points at it). */
public class UnitChangeException extends BusinessException {

    private final String column;

    UnitChangeException(String messageKey, String column, Object... args) {
        super(messageKey, args);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
