package org.perfeval.deploy.cluster;

import org.opentest4j.TestAbortedException;

/**
 * What a system test needs from the machine (MariaDB, the production jar, the Keycloak distribution): without it the
 * test is skipped with a message, except in CI (CI=true) or with -Dperfeval.it.require-services=true, where that fails.
 */
final class Required {

    private Required() {
    }

    static RuntimeException missing(String what, Throwable cause) {
        String message = what + ": the system test is skipped";
        if ("true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("perfeval.it.require-services")) {
            return new IllegalStateException(message.replace("is skipped", "must run here but cannot"), cause);
        }
        System.err.println("[perfeval] " + message);
        return new TestAbortedException(message, cause);
    }
}
