package org.perfeval.core.security.login;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Turns a Keycloak token's claims into the platform's current user: {@code preferred_username}, {@code name}, the
 * {@code department} claim (a department code) and the realm roles ({@code roles}, or {@code realm_access.roles}).
 * Unknown role names are ignored; an unknown department code leaves the user without a department.
 */
@Component
@Profile("keycloak")
public class KeycloakUsers {

    private final DepartmentService departments;

    KeycloakUsers(DepartmentService departments) {
        this.departments = departments;
    }

    public CurrentUser fromClaims(Map<String, Object> claims) {
        String username = string(claims.get("preferred_username")).orElseGet(() -> string(claims.get("sub"))
                .orElseThrow(() -> new IllegalArgumentException("token names no user")));
        String displayName = string(claims.get("name")).filter(n -> !n.isBlank()).orElse(username);
        Optional<DepartmentView> department = string(claims.get("department")).flatMap(departments::byCode);
        return new CurrentUser(username, displayName, department.map(DepartmentView::id).orElse(null),
                department.map(DepartmentView::code).orElse(null), department.map(DepartmentView::name).orElse(null),
                department.map(DepartmentView::financeBureau).orElse(false), roles(claims));
    }

    static Set<Role> roles(Map<String, Object> claims) {
        Object names = claims.get("roles");
        if (names == null && claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            names = realmAccess.get("roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names instanceof Collection<?> list) {
            list.forEach(name -> Role.fromKeycloakName(String.valueOf(name)).ifPresent(roles::add));
        } else if (names instanceof String single) {
            Role.fromKeycloakName(single).ifPresent(roles::add);
        }
        return roles;
    }

    private static Optional<String> string(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            value = list.getFirst();
        }
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
