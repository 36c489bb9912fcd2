package org.perfeval.core.account;

import java.util.Set;

import org.perfeval.core.security.Role;

/**
 * A user as administrators see it, wherever it is stored: {@code id} is the local row's number or the Keycloak user's
 * id.
 */
public record AccountView(String id, String username, String displayName, String email, String departmentCode,
                          String departmentName, boolean enabled, Set<Role> roles) {

    public AccountView {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
