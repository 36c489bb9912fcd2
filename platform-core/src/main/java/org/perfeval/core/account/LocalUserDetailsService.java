package org.perfeval.core.account;

import java.util.Optional;
import java.util.Set;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.CurrentUser;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Form and HTTP Basic login against the local account table; a throttled user name is reported locked. */
@Service
@Profile("!keycloak")
@Transactional(readOnly = true)
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final DepartmentService departments;
    private final LoginThrottle throttle;

    LocalUserDetailsService(UserAccountRepository accounts, DepartmentService departments, LoginThrottle throttle) {
        this.accounts = accounts;
        this.departments = departments;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean locked = throttle.lockedUntil(username).isPresent();
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty() && locked) {
            // an unknown name is locked like a real one, so the lock does not tell which names exist
            return new LocalUserDetails(new CurrentUser(username, username, null, null, null, false, Set.of()), "",
                    true, false);
        }
        UserAccount account = found.orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        DepartmentView department = departments.byId(account.getDepartmentId()).orElse(null);
        CurrentUser user = new CurrentUser(account.getUsername(), account.getDisplayName(),
                department == null ? null : department.id(), department == null ? null : department.code(),
                department == null ? null : department.name(), department != null && department.financeBureau(),
                account.getRoles());
        return new LocalUserDetails(user, account.getPasswordHash() == null ? "" : account.getPasswordHash(),
                account.isEnabled(), !locked);
    }
}
