package org.perfeval.core.account;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.CurrentUser;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The local account of a user name (normalised), for login; the throttle comes first (ThrottledAuthenticationProvider). */
@Service
@Profile("!keycloak")
@Transactional(readOnly = true)
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final DepartmentService departments;
    LocalUserDetailsService(UserAccountRepository accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = UserNames.normalise(username);
        UserAccount account = accounts.findByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + name));
        DepartmentView department = departments.byId(account.getDepartmentId()).orElse(null);
        CurrentUser user = new CurrentUser(account.getUsername(), account.getDisplayName(),
                department == null ? null : department.id(), department == null ? null : department.code(),
                department == null ? null : department.name(), department != null && department.financeBureau(),
                account.getRoles());
        return new LocalUserDetails(user, account.getPasswordHash() == null ? "" : account.getPasswordHash(),
                account.isEnabled(), true);
    }
}
