package org.perfeval.core.account;

/** What an administrator did to a user. */
public enum AccountAction {
    CREATE, GRANT, REVOKE, DISABLE, ENABLE
}
