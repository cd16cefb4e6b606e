package org.parsteering.plan;

import org.parsteering.audit.QueryAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plan field codes in the audit trail ("TTHC"), shown by the field's name in the user's language; a code
 * used by several plans takes the newest plan's name.
 */
@Component
class FieldAuditNames extends QueryAuditNames {

    FieldAuditNames(JdbcClient jdbc) {
        super(
                jdbc,
                Kind.PLAN_FIELD,
                locale -> "select code, "
                        + (locale != null && "vi".equals(locale.getLanguage()) ? "name_vi" : "name_en")
                        + " as name from plan_field where code in (:codes) order by plan_id, id");
    }
}
