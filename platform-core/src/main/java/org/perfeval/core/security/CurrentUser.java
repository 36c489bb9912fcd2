package org.perfeval.core.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting, the same whether they logged in with a local account or through Keycloak: the user name, display
 * name, department (null when none is assigned) and roles.
 */
public record CurrentUser(String username, String displayName, Long departmentId, String departmentCode,
                          String departmentName, boolean financeBureau, Set<Role> roles) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasDepartment() {
        return departmentId != null;
    }

    /** Whether the platform has anything for this user: a role, and a department unless an administrator. */
    public boolean hasAccess() {
        return has(Role.ADMIN) || !roles.isEmpty() && hasDepartment();
    }
}
