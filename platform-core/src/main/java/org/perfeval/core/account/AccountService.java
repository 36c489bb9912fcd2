package org.perfeval.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfeval.core.account.AccountRefusedException.FieldProblem;
import org.perfeval.core.account.audit.AccountAction;
import org.perfeval.core.account.audit.AccountAudit;
import org.perfeval.core.account.audit.AccountAuditView;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Users and their roles, for administrators: list, create with a department, grant and revoke roles, disable and
 * enable. Changes go to the local table or, in the keycloak mode, to the realm, and every one to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserDirectory directory;
    private final DepartmentService departments;
    private final AccountAudit audit;

    AccountService(UserDirectory directory, DepartmentService departments, AccountAudit audit) {
        this.directory = directory;
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AccountView create(NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>(AccountRules.check(account));
        DepartmentView department = null;
        if (account.departmentCode() != null && !account.departmentCode().isBlank()) {
            department = departments.byCode(account.departmentCode()).orElse(null);
            if (department == null) {
                problems.addAll(AccountRules.unknownDepartment(account.departmentCode()).problems());
            }
        }
        if (department != null || account.departmentCode() == null || account.departmentCode().isBlank()) {
            for (Role role : account.roles()) {
                problems.addAll(AccountRules.fits(role, department));
            }
        }
        if (problems.isEmpty() && directory.find(account.username()).isPresent()) {
            problems.addAll(AccountRules.taken(account.username()).problems());
        }
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems.stream().distinct().toList());
        }
        AccountView created = directory.create(department == null ? account.withoutDepartment() : account);
        record(AccountAction.CREATE, created.username(), "department " + created.departmentCode() + ", roles "
                + names(created) + ", e-mail " + created.email());
        return created;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AccountView grant(String username, Role role) {
        AccountView user = require(username);
        DepartmentView department = user.departmentCode() == null ? null
                : departments.byCode(user.departmentCode()).orElse(null);
        List<FieldProblem> problems = AccountRules.fits(role, department);
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems);
        }
        if (user.has(role)) {
            return user;
        }
        AccountView changed = directory.grant(user.username(), role);
        record(AccountAction.GRANT, user.username(), role.keycloakName());
        return changed;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AccountView revoke(String username, Role role) {
        AccountView user = require(username);
        if (role == Role.ADMIN && isSelf(user.username())) {
            throw new AccountRefusedException("roles", Text.of("core.account.ownAdminRole"));
        }
        if (!user.has(role)) {
            return user;
        }
        AccountView changed = directory.revoke(user.username(), role);
        record(AccountAction.REVOKE, user.username(), role.keycloakName());
        return changed;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AccountView disable(String username) {
        AccountView user = require(username);
        if (isSelf(user.username())) {
            throw new AccountRefusedException("enabled", Text.of("core.account.disableSelf"));
        }
        if (!user.enabled()) {
            return user;
        }
        AccountView changed = directory.setEnabled(user.username(), false);
        record(AccountAction.DISABLE, user.username(), "disabled");
        return changed;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AccountView enable(String username) {
        AccountView user = require(username);
        if (user.enabled()) {
            return user;
        }
        AccountView changed = directory.setEnabled(user.username(), true);
        record(AccountAction.ENABLE, user.username(), "enabled");
        return changed;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AccountView> all() {
        return directory.all();
    }

    /** The latest 500 changes, newest first; or those made to {@code username} when it is given. */
    @RolesAllowed(Roles.ADMIN)
    public List<AccountAuditView> auditTrail(String username) {
        return audit.trail(username);
    }

    /** One user's account with e-mail, department and roles: for administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public AccountView get(String username) {
        return require(username);
    }

    /** A user by user name, for checks such as whether a transfer's recipient has the right role. */
    @LoggedIn
    public Optional<AccountView> find(String username) {
        return directory.find(username);
    }

    /**
     * The active users with {@code role} in the department {@code departmentCode}, or in any department when it is
     * null: whom a task or an escalation is for.
     */
    public List<AccountView> withRole(Role role, String departmentCode) {
        return directory.withRole(role, departmentCode);
    }

    /** Where users are kept: "local" or "keycloak". */
    public String directoryName() {
        return directory.name();
    }

    /** The account however its name is spelled: the one form of the name is what is changed and audited. */
    private AccountView require(String username) {
        return directory.find(UserNames.normalise(username)).orElseThrow(() -> new UnknownAccountException(username));
    }

    private static boolean isSelf(String username) {
        return CurrentUsers.find().map(user -> user.username().equals(username)).orElse(false);
    }

    private void record(AccountAction action, String target, String detail) {
        audit.record(action, target, detail, directory.name());
    }

    private static String names(AccountView user) {
        return user.roles().stream().map(Role::keycloakName).sorted().collect(Collectors.joining(","));
    }
}
