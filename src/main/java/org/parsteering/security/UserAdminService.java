package org.parsteering.security;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ConcurrentEditException;
import org.parsteering.base.Role;
import org.parsteering.base.Roles;
import org.parsteering.base.SearchText;
import org.parsteering.unit.Unit;
import org.parsteering.unit.UnitService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Account administration, for the SECRETARY only: create, edit role and unit, reset password, lock,
 * unlock, delete. The locality must always keep one SECRETARY able to sign in, so the last one cannot be
 * locked, demoted or deleted. Locking, unlocking, deleting, a new role or unit and a password reset end
 * every open session of the account at once (its next request lands on the login page); a new display
 * name or e-mail does not.
 */
@Service
@Transactional
@Validated
@PreAuthorize(Roles.IS_SECRETARY)
public class UserAdminService {

    static final String AUDIT_TYPE = "USER";
    private static final String TEMP_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AppUserRepository repository;
    private final UnitService units;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdminService(
            AppUserRepository repository,
            UnitService units,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(String text, Role role, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        Instant now = clock.instant();
        return repository.search(SearchText.like(text), role, sorted).map(u -> toSummary(u, now));
    }

    /**
     * The accounts still tied to a unit closed before today by a merger or an abolition (SPEC 2a), not locked: they
     * can no longer act for their unit ({@link CurrentUser#requireOwnUnitOpen()}), so the secretary moves each to
     * another unit (e.g. the successor: it acts there at its next sign-in) or locks it. By unit, then username.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> closedUnitAccounts() {
        Instant now = clock.instant();
        return repository.findOpenOfClosedUnits(java.time.LocalDate.now(clock)).stream()
                .map(u -> toSummary(u, now))
                .toList();
    }

    /** Creates an account with the given initial password, which must follow the password policy. */
    public UserSummary create(@Valid UserDraft draft, String initialPassword) {
        if (repository.findByUsername(draft.getUsername()).isPresent()) {
            throw new BusinessException("user.error.usernameTaken", draft.getUsername());
        }
        passwordPolicy.check(draft.getUsername(), initialPassword);
        Instant now = clock.instant();
        Unit unit = unitFor(draft);
        AppUser user = new AppUser(
                draft.getUsername(),
                draft.getDisplayName(),
                draft.getRole(),
                unit,
                passwordEncoder.encode(initialPassword),
                "vi",
                now);
        user.setEmail(draft.getEmail());
        repository.save(user);
        audit.changes(AUDIT_TYPE, user.getUsername(), unit == null ? null : unit.getCode())
                .field("displayName", null, user.getDisplayName())
                .field("email", null, user.getEmail())
                .field("role", null, user.getRole())
                .field("unit", null, unit == null ? null : unit.getCode())
                .save("CREATE");
        return toSummary(user, now);
    }

    /** Saves name, e-mail, role and unit. The username never changes. */
    public UserSummary update(@Valid UserDraft draft) {
        AppUser user = require(draft.getId());
        if (user.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException(
                    audit.lastActor(AUDIT_TYPE, user.getUsername()).orElse(null));
        }
        if (!user.getUsername().equals(draft.getUsername())) {
            throw new BusinessException("user.error.usernameImmutable");
        }
        if (user.getRole() == Role.SECRETARY && draft.getRole() != Role.SECRETARY) {
            requireAnotherActiveSecretary(user);
        }
        Unit unit = unitFor(draft);
        String oldUnit = user.getUnit() == null ? null : user.getUnit().getCode();
        var changes = audit.changes(AUDIT_TYPE, user.getUsername(), unit == null ? oldUnit : unit.getCode())
                .field("displayName", user.getDisplayName(), draft.getDisplayName())
                .field("email", user.getEmail(), draft.getEmail())
                .field("role", user.getRole(), draft.getRole())
                .field("unit", oldUnit, unit == null ? null : unit.getCode());
        if (!changes.isEmpty()) {
            Long oldUnitId = user.getUnit() == null ? null : user.getUnit().getId();
            Long newUnitId = unit == null ? null : unit.getId();
            if (user.getRole() != draft.getRole() || !Objects.equals(oldUnitId, newUnitId)) {
                // Rights come from role and unit: sessions signed in with the old ones end now.
                user.endSessions();
            }
            user.setDisplayName(draft.getDisplayName());
            user.setEmail(draft.getEmail());
            user.setRole(draft.getRole());
            user.setUnit(unit);
            user.touch(clock.instant());
            repository.saveAndFlush(user);
            changes.save("UPDATE");
        }
        return toSummary(user, clock.instant());
    }

    /** Sets a new random temporary password and returns it, to be handed to the person once. */
    public String resetPassword(long id) {
        AppUser user = require(id);
        String password = temporaryPassword();
        user.changePassword(passwordEncoder.encode(password), clock.instant());
        repository.saveAndFlush(user);
        audit.action(AUDIT_TYPE, user.getUsername(), unitCode(user), "RESET_PASSWORD");
        return password;
    }

    /** Locks the account until the secretary unlocks it. The last active secretary cannot be locked. */
    public UserSummary lock(long id) {
        AppUser user = require(id);
        if (user.getRole() == Role.SECRETARY) {
            requireAnotherActiveSecretary(user);
        }
        user.lock(clock.instant());
        repository.saveAndFlush(user);
        audit.action(AUDIT_TYPE, user.getUsername(), unitCode(user), "LOCK");
        return toSummary(user, clock.instant());
    }

    /** Lifts a lock by the secretary and a lock-out after failed sign-ins. */
    public UserSummary unlock(long id) {
        AppUser user = require(id);
        user.unlock(clock.instant());
        repository.saveAndFlush(user);
        audit.action(AUDIT_TYPE, user.getUsername(), unitCode(user), "UNLOCK");
        return toSummary(user, clock.instant());
    }

    /** Deletes an account (its audit trail stays, by username). The last active secretary cannot be deleted. */
    public void delete(long id) {
        AppUser user = require(id);
        if (user.getRole() == Role.SECRETARY) {
            requireAnotherActiveSecretary(user);
        }
        audit.action(AUDIT_TYPE, user.getUsername(), unitCode(user), "DELETE");
        repository.delete(user);
        repository.flush();
    }

    private void requireAnotherActiveSecretary(AppUser user) {
        List<AppUser> active = repository.lockActiveSecretaries();
        boolean another = active.stream().anyMatch(s -> !s.getId().equals(user.getId()));
        if (!another) {
            throw new BusinessException("user.error.lastSecretary");
        }
    }

    private Unit unitFor(UserDraft draft) {
        return draft.getUnitCode() == null ? null : units.requireActiveUnit(draft.getUnitCode());
    }

    private AppUser require(long id) {
        return repository.findById(id).orElseThrow(() -> new BusinessException("user.error.notFound", id));
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            sb.append(TEMP_PASSWORD_ALPHABET.charAt(random.nextInt(TEMP_PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String unitCode(AppUser user) {
        return user.getUnit() == null ? null : user.getUnit().getCode();
    }

    static UserSummary toSummary(AppUser u, Instant now) {
        return new UserSummary(
                u.getId(),
                u.getVersion(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmail(),
                u.getRole(),
                u.getUnit() == null ? null : u.getUnit().getCode(),
                u.getUnit() == null ? null : u.getUnit().getName(),
                u.getLocale(),
                u.isLocked(),
                u.isTemporarilyLocked(now) ? u.getLockedUntil() : null,
                u.getLastLoginAt());
    }
}
