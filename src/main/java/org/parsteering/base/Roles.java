package org.parsteering.base;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} on views and {@code @PreAuthorize} on
 * services. Keep in step with {@link Role}.
 */
public final class Roles {

    public static final String SECRETARY = "SECRETARY";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String UNIT_HEAD = "UNIT_HEAD";
    public static final String INSPECTOR = "INSPECTOR";

    /** Method-security expressions. */
    public static final String IS_SECRETARY = "hasRole('SECRETARY')";

    public static final String IS_COMMITTEE_OR_SECRETARY = "hasAnyRole('SECRETARY','COMMITTEE')";
    public static final String IS_AUTHENTICATED = "isAuthenticated()";
    public static final String CAN_READ_ALL = "hasAnyRole('SECRETARY','COMMITTEE','INSPECTOR')";

    private Roles() {}
}
