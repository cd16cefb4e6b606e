package org.parsteering.security;

import java.time.Instant;

/** A token as its owner sees it in the profile: never the token itself. */
public record ApiTokenSummary(
        long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
