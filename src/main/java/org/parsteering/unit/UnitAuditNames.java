package org.parsteering.unit;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.parsteering.audit.AuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Unit codes in the audit trail, shown by the unit's name (a closed or deleted unit keeps its code). */
@Component
@Transactional(readOnly = true)
class UnitAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    UnitAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.UNIT;
    }

    @Override
    public Map<String, String> names(Collection<String> codes, Locale locale) {
        return AuditNames.query(jdbc, "select code, name from unit where code in (:codes)", codes);
    }
}
