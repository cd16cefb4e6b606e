package org.parsteering.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in user's session is still valid: the account exists, is not locked by the secretary,
 * and its session version is the one the session signed in with. One primary-key read, always from the
 * database (never cached), so a change made on one node ends the sessions on every node.
 */
@Component
class SessionVersions {

    private final JdbcClient jdbc;

    SessionVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isCurrent(ParUser user) {
        return jdbc.sql("select session_version from app_user where id = :id and locked = false")
                .param("id", user.id())
                .query(Long.class)
                .optional()
                .map(version -> version == user.sessionVersion())
                .orElse(false);
    }
}
