package org.perfeval.core.security;

/**
 * The names of the {@link Role}s as constants, for annotations such as {@code @RolesAllowed(Roles.ADMIN)}, which take
 * compile-time strings and cannot name an enum. A test ties each to its role.
 */
public final class Roles {

    public static final String DRAFTER = "DRAFTER";
    public static final String DEPT_REVIEWER = "DEPT_REVIEWER";
    public static final String FINANCE_REVIEWER = "FINANCE_REVIEWER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
