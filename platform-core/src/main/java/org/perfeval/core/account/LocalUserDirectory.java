package org.perfeval.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The embedded mode's users: the local account table, BCrypt passwords. A change of an account drops the passwords
 * lately verified for it, so that its next call is checked in full.
 */
@Component
@Profile("!keycloak")
class LocalUserDirectory implements UserDirectory {

    private final UserAccountRepository accounts;
    private final DepartmentService departments;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final VerifiedCredentials verified;

    LocalUserDirectory(UserAccountRepository accounts, DepartmentService departments,
                       PasswordEncoder passwordEncoder, Clock clock, VerifiedCredentials verified) {
        this.accounts = accounts;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.verified = verified;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public List<AccountView> all() {
        return views(accounts.findAll());
    }

    @Override
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(this::toView);
    }

    @Override
    public List<AccountView> withRole(Role role, String departmentCode) {
        if (departmentCode == null) {
            return views(accounts.findActive(role));
        }
        return departments.byCode(departmentCode).map(department -> views(accounts.findActive(role, department.id())))
                .orElse(List.of());
    }

    @Override
    public AccountView create(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw AccountRules.taken(account.username());
        }
        Long departmentId = account.departmentCode() == null ? null
                : departments.byCode(account.departmentCode()).map(DepartmentView::id)
                        .orElseThrow(() -> AccountRules.unknownDepartment(account.departmentCode()));
        return toView(accounts.save(new UserAccount(account.username(), account.displayName(), account.email(),
                passwordEncoder.encode(account.password()), departmentId, account.roles(), clock.instant())));
    }

    @Override
    public AccountView grant(String username, Role role) {
        UserAccount account = load(username);
        account.grant(role);
        verified.forget(username);
        return toView(account);
    }

    @Override
    public AccountView revoke(String username, Role role) {
        UserAccount account = load(username);
        account.revoke(role);
        verified.forget(username);
        return toView(account);
    }

    @Override
    public AccountView setEnabled(String username, boolean enabled) {
        UserAccount account = load(username);
        account.setEnabled(enabled);
        verified.forget(username);
        return toView(account);
    }

    private UserAccount load(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    /** Many users at once, their departments looked up once: there are few departments and many users. */
    private List<AccountView> views(List<UserAccount> found) {
        Map<Long, DepartmentView> byId = departments.all().stream()
                .collect(Collectors.toMap(DepartmentView::id, Function.identity()));
        return found.stream().map(account -> toView(account, byId.get(account.getDepartmentId()))).toList();
    }

    private AccountView toView(UserAccount account) {
        return toView(account, departments.byId(account.getDepartmentId()).orElse(null));
    }

    private static AccountView toView(UserAccount account, DepartmentView department) {
        return new AccountView(String.valueOf(account.getId()), account.getUsername(), account.getDisplayName(),
                account.getEmail(), department == null ? null : department.code(),
                department == null ? null : department.name(), account.isEnabled(), account.getRoles());
    }
}
