package org.perfeval.core.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down password guessing on local accounts (form login and HTTP Basic alike): after {@code maxFailures} wrong
 * passwords in a row a user name is locked for {@code lockout}, even for the right password; a successful login
 * clears the count. Unknown user names are counted too, so a guesser learns nothing from the lock. Keycloak does the
 * same for its own logins (the realm's brute-force detection). A count is forgotten {@code lockout} after its last
 * failure, and at most {@value #MAX_TRACKED} names are tracked, so a flood of names cannot fill memory.
 */
@Component
@Profile("!keycloak")
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final Cache<String, Failures> failures;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // the platform's clock drives expiry too, so that a test moving the clock moves the lock's end with it;
        // clean-up runs on the calling thread, so nothing is left to a pool
        this.failures = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(properties.lockout())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).executor(Runnable::run).build();
    }

    /** Until when {@code username} is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        Failures entry = failures.getIfPresent(key(username));
        if (entry == null || entry.count() < properties.maxFailures()) {
            return Optional.empty();
        }
        Instant until = entry.last().plus(properties.lockout());
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        failures.asMap().compute(key(event.getAuthentication().getName()),
                (name, entry) -> new Failures(entry == null ? 1 : entry.count() + 1, now));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
