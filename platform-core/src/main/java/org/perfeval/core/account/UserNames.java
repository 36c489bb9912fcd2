package org.perfeval.core.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a user name for lookup, lockout and audit. MySQL's and MariaDB's collations ignore case and
 * trailing spaces, so "Wang " finds the account "wang" there: every variant must count against the same lock.
 */
public final class UserNames {

    private UserNames() {
    }

    /** {@code name} without surrounding white space, in Unicode NFKC and lower case; "" for null. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
