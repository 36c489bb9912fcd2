package org.perfeval.core.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on local accounts (form login and HTTP Basic alike): after {@code maxFailures} wrong
 * passwords in a row a user name is locked for {@code lockout}, even for the right password; a successful login
 * clears the count. Unknown user names are counted too, so a guesser learns nothing from the lock. Keycloak does the
 * same for its own logins (the realm's brute-force detection).
 */
@Component
@Profile("!keycloak")
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    /** Beyond this many tracked names, expired entries are dropped first: a flood of names cannot fill memory. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Until when {@code username} is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        Failures entry = failures.get(key(username));
        if (entry == null || entry.count() < properties.maxFailures()) {
            return Optional.empty();
        }
        Instant until = entry.last().plus(properties.lockout());
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() >= MAX_TRACKED) {
            Instant expired = clock.instant().minus(properties.lockout());
            failures.values().removeIf(entry -> entry.last().isBefore(expired));
        }
        Instant now = clock.instant();
        failures.compute(key(event.getAuthentication().getName()), (name, entry) -> {
            boolean lockOver = entry != null && entry.count() >= properties.maxFailures()
                    && !entry.last().plus(properties.lockout()).isAfter(now);
            return new Failures(entry == null || lockOver ? 1 : entry.count() + 1, now);
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
