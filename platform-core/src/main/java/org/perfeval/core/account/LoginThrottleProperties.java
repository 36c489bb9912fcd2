package org.perfeval.core.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords in a row a local account takes before it is locked, how many wrong passwords one client
 * address may try in all before it is locked, and for how long.
 */
@ConfigurationProperties("perfeval.login")
record LoginThrottleProperties(Integer maxFailures, Duration lockout, Integer maxFailuresPerAddress) {

    LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 50 : maxFailuresPerAddress;
    }
}
