package org.perfeval.core.account.audit;

/** What an administrator did to a user. */
public enum AccountAction {
    CREATE, GRANT, REVOKE, DISABLE, ENABLE
}
