package org.perfeval.core.account;

/** An administrator named a user who does not exist. */
public class UnknownAccountException extends RuntimeException {

    public UnknownAccountException(String username) {
        super("no user " + username);
    }
}
