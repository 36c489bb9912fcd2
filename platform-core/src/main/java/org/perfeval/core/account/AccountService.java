package org.perfeval.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.department.Department;
import org.perfeval.core.department.DepartmentRepository;
import org.perfeval.core.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: created and listed by administrators. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, DepartmentRepository departments, PasswordEncoder passwordEncoder,
                   Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountView create(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw new IllegalArgumentException("username " + account.username() + " is taken");
        }
        Department department = account.departmentCode() == null ? null
                : departments.findByCode(account.departmentCode()).orElseThrow(
                        () -> new IllegalArgumentException("no department with code " + account.departmentCode()));
        UserAccount saved = accounts.save(new UserAccount(account.username(), account.displayName(), account.email(),
                passwordEncoder.encode(account.password()), department, account.roles(), clock.instant()));
        return toView(saved);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountView> all() {
        return accounts.findAll().stream().map(AccountService::toView).toList();
    }

    /** A local account by user name, for checks such as whether a transfer's recipient has the right role. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(AccountService::toView);
    }

    /**
     * The active users with {@code role} in the department {@code departmentCode}, or in any department when it is
     * null: whom a task or an escalation is for.
     */
    public List<AccountView> withRole(Role role, String departmentCode) {
        return (departmentCode == null ? accounts.findActive(role) : accounts.findActive(role, departmentCode))
                .stream().map(AccountService::toView).toList();
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    static AccountView toView(UserAccount account) {
        Department department = account.getDepartment();
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                department == null ? null : department.getCode(), department == null ? null : department.getName(),
                account.isEnabled(), account.getRoles());
    }
}
