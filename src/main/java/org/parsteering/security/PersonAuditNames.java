package org.parsteering.security;

import org.parsteering.audit.QueryAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Usernames in the audit trail and the task history, shown by the person's display name. */
@Component
class PersonAuditNames extends QueryAuditNames {

    PersonAuditNames(JdbcClient jdbc) {
        super(
                jdbc,
                Kind.PERSON,
                locale -> "select username as code, display_name as name from app_user where username in (:codes)");
    }
}
