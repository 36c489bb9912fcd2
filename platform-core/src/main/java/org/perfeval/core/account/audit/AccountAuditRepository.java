package org.perfeval.core.account.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: the trail has no update or delete. */
interface AccountAuditRepository extends Repository<AccountAuditEntry, Long> {

    AccountAuditEntry save(AccountAuditEntry entry);

    List<AccountAuditEntry> findTop500ByOrderByIdDesc();

    List<AccountAuditEntry> findByTargetOrderByIdDesc(String target);
}
