package org.perfeval.core.account.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a user or its roles: who did what to whom, when, and in which directory. Never changed. */
@Entity
@Immutable
@Table(name = "account_audit")
class AccountAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountAction action;

    @Column(nullable = false, length = 64)
    private String target;

    @Column(nullable = false, length = 500)
    private String detail;

    @Column(nullable = false, length = 16)
    private String directory;

    protected AccountAuditEntry() {
    }

    AccountAuditEntry(Instant occurredAt, String actor, AccountAction action, String target, String detail,
                      String directory) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.directory = directory;
    }

    AccountAuditView toView() {
        return new AccountAuditView(id, occurredAt, actor, action, target, detail, directory);
    }
}
