package org.perfeval.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.department.Department;
import org.perfeval.core.department.DepartmentRepository;
import org.perfeval.core.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The embedded mode's users: the local account table, BCrypt passwords. */
@Component
@Profile("!keycloak")
class LocalUserDirectory implements UserDirectory {

    private final UserAccountRepository accounts;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    LocalUserDirectory(UserAccountRepository accounts, DepartmentRepository departments,
                       PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public List<AccountView> all() {
        return accounts.findAll().stream().map(LocalUserDirectory::toView).toList();
    }

    @Override
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(LocalUserDirectory::toView);
    }

    @Override
    public List<AccountView> withRole(Role role, String departmentCode) {
        return (departmentCode == null ? accounts.findActive(role) : accounts.findActive(role, departmentCode))
                .stream().map(LocalUserDirectory::toView).toList();
    }

    @Override
    public AccountView create(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw AccountRules.taken(account.username());
        }
        Department department = account.departmentCode() == null ? null
                : departments.findByCode(account.departmentCode())
                        .orElseThrow(() -> AccountRules.unknownDepartment(account.departmentCode()));
        return toView(accounts.save(new UserAccount(account.username(), account.displayName(), account.email(),
                passwordEncoder.encode(account.password()), department, account.roles(), clock.instant())));
    }

    @Override
    public AccountView grant(String username, Role role) {
        UserAccount account = load(username);
        account.grant(role);
        return toView(account);
    }

    @Override
    public AccountView revoke(String username, Role role) {
        UserAccount account = load(username);
        account.revoke(role);
        return toView(account);
    }

    @Override
    public AccountView setEnabled(String username, boolean enabled) {
        UserAccount account = load(username);
        account.setEnabled(enabled);
        return toView(account);
    }

    private UserAccount load(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    static AccountView toView(UserAccount account) {
        Department department = account.getDepartment();
        return new AccountView(String.valueOf(account.getId()), account.getUsername(), account.getDisplayName(),
                account.getEmail(), department == null ? null : department.getCode(),
                department == null ? null : department.getName(), account.isEnabled(), account.getRoles());
    }
}
