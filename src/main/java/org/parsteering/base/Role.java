package org.parsteering.base;

/** The four roles of SPEC section 1. A person has exactly one. */
public enum Role {
    SECRETARY,
    COMMITTEE,
    UNIT_HEAD,
    INSPECTOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
