package org.perfeval.core.security;

import java.util.Arrays;
import java.util.Optional;

import org.perfeval.scoring.text.Labelled;

/**
 * The platform's roles. Spring Security sees them as ROLE_DRAFTER …; Keycloak names them drafter, dept-reviewer,
 * finance-reviewer and admin; people read them by their label (role.DRAFTER …). {@link Roles} has their names as
 * constants for annotations.
 */
public enum Role implements Labelled {
    /** 填报人: drafts and rectifies the department's self-evaluation. */
    DRAFTER("drafter"),
    /** 部门审核人: reviews within the department and confirms publication. */
    DEPT_REVIEWER("dept-reviewer"),
    /** 财政审核人: checks the departments of the finance bureau. */
    FINANCE_REVIEWER("finance-reviewer"),
    /** 管理员: deadlines, users, roles, departments, schemes. */
    ADMIN("admin");

    private final String keycloakName;

    Role(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    public String keycloakName() {
        return keycloakName;
    }

    @Override
    public String labelKey() {
        return "role." + name();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromKeycloakName(String name) {
        return Arrays.stream(values()).filter(r -> r.keycloakName.equals(name)).findFirst();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }
}
