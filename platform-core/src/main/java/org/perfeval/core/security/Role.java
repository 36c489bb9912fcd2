package org.perfeval.core.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's roles. Spring Security sees them as ROLE_DRAFTER …; Keycloak names them drafter, dept-reviewer,
 * finance-reviewer and admin.
 */
public enum Role {
    /** 填报人: drafts and rectifies the department's self-evaluation. */
    DRAFTER("drafter", "填报人"),
    /** 部门审核人: reviews within the department and confirms publication. */
    DEPT_REVIEWER("dept-reviewer", "部门审核人"),
    /** 财政审核人: checks the departments of the finance bureau. */
    FINANCE_REVIEWER("finance-reviewer", "财政审核人"),
    /** 管理员: deadlines, users, roles, departments, schemes. */
    ADMIN("admin", "管理员");

    private final String keycloakName;
    private final String label;

    Role(String keycloakName, String label) {
        this.keycloakName = keycloakName;
        this.label = label;
    }

    public String keycloakName() {
        return keycloakName;
    }

    public String label() {
        return label;
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
