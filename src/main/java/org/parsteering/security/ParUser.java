package org.parsteering.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.parsteering.base.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the application sees them: role, unit and language. Kept in the
 * HTTP session, so it holds only small serialisable values.
 */
public final class ParUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long unitId;
    private final String unitCode;
    private final String unitName;
    private final String locale;
    private final boolean accountNonLocked;
    private final long sessionVersion;
    private String password;

    ParUser(
            long id,
            String username,
            String displayName,
            Role role,
            Long unitId,
            String unitCode,
            String unitName,
            String locale,
            boolean accountNonLocked,
            long sessionVersion,
            String password) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.locale = locale;
        this.accountNonLocked = accountNonLocked;
        this.sessionVersion = sessionVersion;
        this.password = password;
    }

    static ParUser of(AppUser u, boolean accountNonLocked) {
        return new ParUser(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getRole(),
                u.getUnit() == null ? null : u.getUnit().getId(),
                u.getUnit() == null ? null : u.getUnit().getCode(),
                u.getUnit() == null ? null : u.getUnit().getName(),
                u.getLocale(),
                accountNonLocked,
                u.getSessionVersion(),
                u.getPasswordHash());
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long unitId() {
        return unitId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    /** The account's session version when this user signed in; see {@code AppUser.endSessions()}. */
    long sessionVersion() {
        return sessionVersion;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "ParUser[" + username + ", " + role + (unitCode == null ? "" : ", " + unitCode) + "]";
    }
}
