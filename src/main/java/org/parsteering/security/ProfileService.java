package org.parsteering.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in person may change about their own account: password and language. */
@Service
@Transactional
@PreAuthorize(Roles.IS_AUTHENTICATED)
public class ProfileService {

    public static final Set<String> LANGUAGES = Set.of("en", "vi");

    private final AppUserRepository repository;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final Clock clock;

    ProfileService(
            AppUserRepository repository,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's own account. */
    @Transactional(readOnly = true)
    public UserSummary me() {
        return UserAdminService.toSummary(self(), clock.instant());
    }

    public int minPasswordLength() {
        return passwordPolicy.minLength();
    }

    /**
     * Changes the caller's password. The current password is required (so an unattended session cannot
     * be taken over), the new one must follow the policy and differ from the current one. Every other open
     * session of the account ends; the caller's own stays open.
     */
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        AppUser user = self();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("password.error.currentWrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new BusinessException("password.error.mismatch");
        }
        passwordPolicy.check(user.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessException("password.error.unchanged");
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        repository.saveAndFlush(user);
        // The new password ends the account's other sessions; this one carries on with the new version.
        currentUser.restamp(user);
        audit.action(UserAdminService.AUDIT_TYPE, user.getUsername(), null, "CHANGE_PASSWORD");
    }

    /** Stores the caller's language ("en" or "vi"), used from their next sign-in on. */
    public void changeLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new BusinessException("profile.error.language", language);
        }
        AppUser user = self();
        if (!lang.equals(user.getLocale())) {
            audit.changes(UserAdminService.AUDIT_TYPE, user.getUsername(), null)
                    .field("locale", user.getLocale(), lang)
                    .save("UPDATE");
            user.setLocale(lang);
            user.touch(clock.instant());
            repository.saveAndFlush(user);
        }
    }

    private AppUser self() {
        return repository
                .findByUsername(currentUser.require().getUsername())
                .orElseThrow(() -> new BusinessException(
                        "user.error.notFound", currentUser.require().getUsername()));
    }
}
