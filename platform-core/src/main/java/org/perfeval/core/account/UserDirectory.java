package org.perfeval.core.account;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.security.Role;

/**
 * Where users and their roles live: the local account table in the embedded mode, the Keycloak realm in the
 * keycloak mode. Callers go through {@link AccountService}, which authorizes, validates and audits.
 */
interface UserDirectory {

    /** Where changes go, as the audit trail records it: "local" or "keycloak". */
    String name();

    List<AccountView> all();

    Optional<AccountView> find(String username);

    List<AccountView> withRole(Role role, String departmentCode);

    AccountView create(NewAccount account);

    AccountView grant(String username, Role role);

    AccountView revoke(String username, Role role);

    AccountView setEnabled(String username, boolean enabled);
}
