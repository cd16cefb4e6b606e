package org.parsteering.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.parsteering.audit.AuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Usernames in the audit trail and the task history, shown by the person's display name. */
@Component
@Transactional(readOnly = true)
class PersonAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    PersonAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.PERSON;
    }

    @Override
    public Map<String, String> names(Collection<String> usernames, Locale locale) {
        return AuditNames.query(
                jdbc,
                "select username as code, display_name as name from app_user where username in (:codes)",
                usernames);
    }
}
