package org.parsteering.plan;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.parsteering.audit.AuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan field codes in the audit trail ("TTHC"), shown by the field's name in the user's language; a code
 * used by several plans takes the newest plan's name.
 */
@Component
@Transactional(readOnly = true)
class FieldAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    FieldAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.PLAN_FIELD;
    }

    @Override
    public Map<String, String> names(Collection<String> codes, Locale locale) {
        String name = locale != null && "vi".equals(locale.getLanguage()) ? "name_vi" : "name_en";
        return AuditNames.query(
                jdbc,
                "select code, " + name + " as name from plan_field where code in (:codes) order by plan_id, id",
                codes);
    }
}
