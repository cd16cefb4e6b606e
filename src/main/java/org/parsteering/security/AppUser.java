package org.parsteering.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parsteering.base.AbstractEntity;
import org.parsteering.base.Role;
import org.parsteering.unit.Unit;

/** An account. The sign-in counters are updated by bulk queries so they never clash with an edit. */
@Entity
@Table(name = "app_user")
class AppUser extends AbstractEntity {

    static final int USERNAME_LENGTH = 60;
    static final int DISPLAY_NAME_LENGTH = 120;
    static final int EMAIL_LENGTH = 200;
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

    @Column(name = "username", nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    /** Locked by the secretary; only the secretary unlocks. */
    @Column(name = "locked", nullable = false)
    private boolean locked;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    /** Set after too many failed sign-ins; the account opens again by itself after this instant. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Raised by every change that ends the account's open sessions; see {@link #endSessions()}. */
    @Column(name = "session_version", nullable = false)
    private long sessionVersion;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AppUser() {}

    AppUser(
            String username,
            String displayName,
            Role role,
            Unit unit,
            String passwordHash,
            String locale,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unit = unit;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isTemporarilyLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Ends every open session of this account, on every node: each request compares the version its session
     * signed in with against this one.
     */
    void endSessions() {
        this.sessionVersion++;
    }

    void changePassword(String hash, Instant now) {
        endSessions();
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    void lock(Instant now) {
        endSessions();
        this.locked = true;
        this.updatedAt = now;
    }

    /** Lifts both the secretary's lock and a lock-out after failed sign-ins. */
    void unlock(Instant now) {
        endSessions();
        this.locked = false;
        this.lockedUntil = null;
        this.failedLogins = 0;
        this.firstFailedAt = null;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    Unit getUnit() {
        return unit;
    }

    void setUnit(Unit unit) {
        this.unit = unit;
    }

    String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    boolean isLocked() {
        return locked;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    Instant getFirstFailedAt() {
        return firstFailedAt;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    long getSessionVersion() {
        return sessionVersion;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
