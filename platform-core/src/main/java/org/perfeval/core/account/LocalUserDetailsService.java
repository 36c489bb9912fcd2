package org.perfeval.core.account;

import org.perfeval.core.department.Department;
import org.perfeval.core.security.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Form and HTTP Basic login against the local account table. */
@Service
@Transactional(readOnly = true)
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    LocalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        Department department = account.getDepartment();
        CurrentUser user = new CurrentUser(account.getUsername(), account.getDisplayName(),
                department == null ? null : department.getId(), department == null ? null : department.getCode(),
                department == null ? null : department.getName(), department != null && department.isFinanceBureau(),
                account.getRoles());
        return new LocalUserDetails(user, account.getPasswordHash() == null ? "" : account.getPasswordHash(),
                account.isEnabled());
    }
}
