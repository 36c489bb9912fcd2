package org.perfeval.core.account;

import java.util.Set;

import org.perfeval.core.security.Role;

/**
 * What it takes to create a user: the initial password is given in clear, stored as a BCrypt hash locally, or set as
 * a temporary password in Keycloak (changed at the first login). The department is its code, or null for none.
 */
public record NewAccount(String username, String displayName, String email, String password, String departmentCode,
                         Set<Role> roles) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    NewAccount withoutDepartment() {
        return new NewAccount(username, displayName, email, password, null, roles);
    }
}
