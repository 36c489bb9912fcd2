package org.perfeval.core.account;

import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** An administrator named a user who does not exist. */
public class UnknownAccountException extends RefusedException {

    public UnknownAccountException(String username) {
        super(Kind.NOT_FOUND, Text.of("core.account.unknown", username));
    }
}
