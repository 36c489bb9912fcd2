package org.perfeval.core.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords in a row a local account takes before it is locked, how many wrong passwords one client
 * address may try in all before it is locked, and for how long; and for how long a password once verified is
 * remembered ({@code credentialCache}, zero: never), so that an API client's every call is not a BCrypt check.
 */
@ConfigurationProperties("perfeval.login")
record LoginThrottleProperties(Integer maxFailures, Duration lockout, Integer maxFailuresPerAddress,
                               Duration credentialCache) {

    LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 50 : maxFailuresPerAddress;
        credentialCache = credentialCache == null ? Duration.ofSeconds(60) : credentialCache;
    }
}
