package org.perfeval.core.department;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.Role;

/**
 * Who may see and change a department's evaluations: its own drafters and reviewers, the finance reviewers of the
 * bureau it reports to (reading), and administrators (reading, and importing on a department's behalf).
 */
public final class DepartmentAccess {

    private DepartmentAccess() {
    }

    public static boolean canRead(CurrentUser user, DepartmentView department) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (isMember(user, department) && (user.has(Role.DRAFTER) || user.has(Role.DEPT_REVIEWER))) {
            return true;
        }
        return user.has(Role.FINANCE_REVIEWER) && department.bureauId() != null
                && department.bureauId().equals(user.departmentId());
    }

    public static boolean canDraft(CurrentUser user, DepartmentView department) {
        return user.has(Role.DRAFTER) && isMember(user, department);
    }

    public static boolean canImport(CurrentUser user, DepartmentView department) {
        return canDraft(user, department) || user.has(Role.ADMIN);
    }

    public static boolean isMember(CurrentUser user, DepartmentView department) {
        return user.departmentId() != null && user.departmentId().equals(department.id());
    }
}
