package org.parsteering.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parsteering.base.AbstractEntity;

/** A personal API token (SPEC 5a). Only its SHA-256 hash is stored; the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    static final int NAME_LENGTH = 80;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The first characters of the token, so the owner can tell tokens apart. */
    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(AppUser user, String name, String tokenHash, String tokenPrefix, Instant now) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    AppUser getUser() {
        return user;
    }

    ApiTokenSummary toSummary() {
        return new ApiTokenSummary(getId(), name, tokenPrefix, createdAt, lastUsedAt, revokedAt);
    }
}
