package org.perfeval.core.account.audit;

import java.time.Clock;
import java.util.List;

import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The trail of user administration: who did what to whom, when, and in which directory. Written and read only by
 * administrators, within the account service's own checks.
 */
@Component
@Transactional(readOnly = true)
@RolesAllowed(Roles.ADMIN)
public class AccountAudit {

    private final AccountAuditRepository entries;
    private final Clock clock;

    AccountAudit(AccountAuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records that the current user did {@code action} to {@code target} in the directory {@code directory}. */
    @Transactional
    public void record(AccountAction action, String target, String detail, String directory) {
        entries.save(new AccountAuditEntry(clock.instant(), CurrentUsers.require().username(), action, target, detail,
                directory));
    }

    /** The latest 500 changes, newest first; or those made to {@code username} when it is given. */
    public List<AccountAuditView> trail(String username) {
        return (username == null ? entries.findTop500ByOrderByIdDesc() : entries.findByTargetOrderByIdDesc(username))
                .stream().map(AccountAuditEntry::toView).toList();
    }
}
