package org.parsteering.security;

import java.util.Optional;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services: their role and, for a unit head, their unit. Services use it for the
 * rules that role annotations cannot express ("a unit head may touch only their own unit").
 */
@Component
public class CurrentUser {

    public Optional<ParUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ParUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
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
            }
            default -> throw new AccessDeniedException(user.role() + " may not change anything");
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
