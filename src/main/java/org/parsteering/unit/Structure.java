package org.parsteering.unit;

import java.util.Locale;

/**
 * How figures treat units that merged or were abolished (SPEC 2a). {@link #CURRENT}, the default: a row of a
 * predecessor counts for the unit that carries it on today, transitively, whatever the period. {@link
 * #HISTORICAL}: each row counts for its own unit, and units appear only for periods in which they were active.
 */
public enum Structure {
    CURRENT,
    HISTORICAL;

    public String messageKey() {
        return "structure." + name();
    }

    /** The address and API form: {@code current} or {@code historical}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code current} or {@code historical} (any case); null or blank is the default, {@link #CURRENT}. */
    public static Structure parse(String text) {
        if (text == null || text.isBlank()) {
            return CURRENT;
        }
        for (Structure s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new org.parsteering.base.BusinessException("structure.error.unknown", text);
    }
}
