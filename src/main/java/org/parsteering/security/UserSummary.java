package org.parsteering.security;

import java.time.Instant;
import org.parsteering.base.Role;

/** An account as the administration screen shows it. */
public record UserSummary(
        long id,
        long version,
        String username,
        String displayName,
        String email,
        Role role,
        String unitCode,
        String unitName,
        String locale,
        boolean locked,
        Instant lockedUntil,
        Instant lastLoginAt) {

    /** Locked by the secretary, or locked out after failed sign-ins until {@code lockedUntil}. */
    public Status status() {
        if (locked) {
            return Status.LOCKED;
        }
        return lockedUntil != null ? Status.LOCKED_OUT : Status.ACTIVE;
    }

    public enum Status {
        ACTIVE,
        LOCKED,
        LOCKED_OUT;

        public String messageKey() {
            return "user.status." + name();
        }
    }
}
