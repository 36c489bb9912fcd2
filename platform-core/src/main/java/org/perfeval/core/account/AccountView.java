package org.perfeval.core.account;

import java.util.Set;

import org.perfeval.core.security.Role;

/** A local account as administrators see it. */
public record AccountView(Long id, String username, String displayName, String email, String departmentCode,
                          String departmentName, boolean enabled, Set<Role> roles) {
}
