package org.perfeval.core.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many wrong passwords in a row a local account takes before it is locked, and for how long. */
@ConfigurationProperties("perfeval.login")
record LoginThrottleProperties(Integer maxFailures, Duration lockout) {

    LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
    }
}
