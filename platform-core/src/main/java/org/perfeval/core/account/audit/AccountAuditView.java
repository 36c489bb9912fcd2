package org.perfeval.core.account.audit;

import java.time.Instant;

/** One entry of the user administration trail. */
public record AccountAuditView(long id, Instant occurredAt, String actor, AccountAction action, String target,
                               String detail, String directory) {
}
