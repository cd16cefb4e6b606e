package org.parsteering.unit;

import org.parsteering.audit.QueryAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Unit codes in the audit trail, shown by the unit's name (a closed or deleted unit keeps its code). */
@Component
class UnitAuditNames extends QueryAuditNames {

    UnitAuditNames(JdbcClient jdbc) {
        super(jdbc, Kind.UNIT, locale -> "select code, name from unit where code in (:codes)");
    }
}
