package org.parsteering.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.parsteering.base.Role;

/** The editable fields of an account, bound by the user form and checked by the service. */
public class UserDraft {

    private Long id;
    private long version;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = AppUser.USERNAME_PATTERN, message = "{validation.username}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = AppUser.DISPLAY_NAME_LENGTH, message = "{validation.tooLong}")
    private String displayName;

    @Email(message = "{validation.email}")
    @Size(max = AppUser.EMAIL_LENGTH, message = "{validation.tooLong}")
    private String email;

    @NotNull(message = "{validation.required}")
    private Role role;

    private String unitCode;

    public UserDraft() {}

    static UserDraft of(UserSummary u) {
        UserDraft d = new UserDraft();
        d.id = u.id();
        d.version = u.version();
        d.username = u.username();
        d.displayName = u.displayName();
        d.email = u.email();
        d.role = u.role();
        d.unitCode = u.unitCode();
        return d;
    }

    /** A unit head belongs to exactly one unit (SPEC 1). */
    @AssertTrue(message = "{validation.unitHeadNeedsUnit}")
    public boolean isUnitGivenForUnitHead() {
        return role != Role.UNIT_HEAD || (unitCode != null && !unitCode.isBlank());
    }

    public static UserDraft edit(UserSummary u) {
        return of(u);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode =
                unitCode == null || unitCode.isBlank() ? null : unitCode.strip().toUpperCase(Locale.ROOT);
    }
}
