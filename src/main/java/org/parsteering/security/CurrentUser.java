package org.parsteering.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is calling, for services: their role and, for a unit head, their unit. Services use it for the
 * rules that role annotations cannot express ("a unit head may touch only their own unit").
 *
 * <p>A user whose account changed after they signed in (see {@link EndedSessionFilter}) is refused here
 * too, with an access-denied error: on an HTTP request the filter has already checked (and this class
 * trusts its check for that request); elsewhere (a background job, a test) the database is asked on
 * every call.
 */
@Component
public class CurrentUser {

    private final SessionVersions versions;
    private final JdbcClient jdbc;
    private final Clock clock;

    CurrentUser(SessionVersions versions, JdbcClient jdbc, Clock clock) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signed-in user, if any; an access-denied error when their account changed since sign-in. */
    public Optional<ParUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ParUser user) {
            if (!verifiedByThisRequest(user) && !versions.isCurrent(user)) {
                throw new AccessDeniedException("the account of " + user.getUsername() + " was changed after sign-in");
            }
            return Optional.of(user);
        }
        return Optional.empty();
    }

    private static boolean verifiedByThisRequest(ParUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null
                && request.getAttribute(EndedSessionFilter.VERIFIED, RequestAttributes.SCOPE_REQUEST) == user;
    }

    /**
     * Replaces the signed-in user by {@code account} as it is now (after the user's own password change),
     * so that the session this call came from stays open while the account's other sessions end.
     */
    void restamp(AppUser account) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        ParUser fresh = ParUser.of(account, true);
        fresh.eraseCredentials();
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        auth.setDetails(old == null ? null : old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpSession session = servlet.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    /** The signed-in user; an access-denied error when nobody is. */
    public ParUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.role() == role).orElse(false);
    }

    /**
     * Refuses the call unless the caller may act for {@code unitId}: committee and secretary for any unit,
     * a unit head only for their own unit, an inspector never.
     */
    public void requireMayActFor(Long unitId) {
        ParUser user = require();
        switch (user.role()) {
            case SECRETARY, COMMITTEE -> {
                // may act for every unit
            }
            case UNIT_HEAD -> {
                if (unitId == null || !unitId.equals(user.unitId())) {
                    throw new AccessDeniedException(
                            "unit head of " + user.unitCode() + " may not act for unit " + unitId);
                }
                requireOwnUnitOpen();
            }
            default -> throw new AccessDeniedException(user.role() + " may not change anything");
        }
    }

    /**
     * Refuses a unit head whose unit is not active today: after a merger or an abolition (SPEC 2a) the accounts of
     * a closed unit can no longer act for it — report progress, acknowledge reminders, enter signature figures —
     * until the secretary moves them to another unit ({@link UserAdminService#closedUnitAccounts()}). Read from
     * the database on every call, so a unit closed after sign-in is refused at once, and an account moved to the
     * successor acts there as soon as it signs in again. Other roles are not tied to their unit.
     */
    public void requireOwnUnitOpen() {
        ParUser user = require();
        if (user.role() != Role.UNIT_HEAD) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        boolean open = user.unitId() != null
                && jdbc.sql("""
                                select count(*) from unit where id = :id
                                and (active_from is null or active_from <= :today)
                                and (active_to is null or active_to >= :today)""")
                                .param("id", user.unitId())
                                .param("today", today)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!open) {
            throw new AccessDeniedException(
                    "the unit " + user.unitCode() + " of " + user.getUsername() + " is closed: it can no longer act");
        }
    }

    /** The caller's unit id; an error for a role without a unit. */
    public long requireUnitId() {
        Long id = require().unitId();
        if (id == null) {
            throw new BusinessException("error.noUnit");
        }
        return id;
    }
}
