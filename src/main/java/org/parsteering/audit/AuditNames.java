package org.parsteering.audit;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The names people know for the codes an audit row carries (a unit's code, an account's username, a plan
 * field's code). Implemented by the feature that owns each kind of code, so that the audit screens show
 * names without the audit feature depending on those features.
 */
public interface AuditNames {

    /** The kinds of code an audit row carries. */
    enum Kind {
        UNIT,
        PERSON,
        PLAN_FIELD
    }

    /** Which kind of code this feature names. */
    Kind kind();

    /** The name of each given code in {@code locale}; a code this feature does not know is left out. */
    Map<String, String> names(Collection<String> codes, Locale locale);
}
