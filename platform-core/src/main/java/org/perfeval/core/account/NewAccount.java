package org.perfeval.core.account;

import java.util.Set;

import org.perfeval.core.security.Role;

/** What it takes to create a local account; the password is given in clear and stored as a BCrypt hash. */
public record NewAccount(String username, String displayName, String email, String password, String departmentCode,
                         Set<Role> roles) {
}
