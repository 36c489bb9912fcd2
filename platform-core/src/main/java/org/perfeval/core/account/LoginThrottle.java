package org.perfeval.core.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down password guessing on local accounts (form login and HTTP Basic alike): after {@code maxFailures} wrong
 * passwords in a row a user name is locked for {@code lockout}, even for the right password, and after
 * {@code maxFailuresPerAddress} wrong passwords a client address is. A guess is counted before its password is
 * checked, in one atomic step with the check of the lock, so a burst of parallel guesses gets no more checks than
 * the limit allows; a successful login clears the name's count and takes its own guess back from the address.
 * Unknown user names are counted too, so a guesser learns nothing from the lock. A count is forgotten
 * {@code lockout} after its last guess, and at most {@value #MAX_TRACKED} names and addresses are tracked, so a
 * flood of names cannot fill memory.
 */
@Component
@Profile("!keycloak")
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final Cache<String, Failures> names;
    private final Cache<String, Failures> addresses;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.names = cache(properties, clock);
        this.addresses = cache(properties, clock);
    }

    private static Cache<String, Failures> cache(LoginThrottleProperties properties, Clock clock) {
        // the platform's clock drives expiry too, so that a test moving the clock moves the lock's end with it;
        // clean-up runs on the calling thread, so nothing is left to a pool
        return Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(properties.lockout())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).executor(Runnable::run).build();
    }

    /**
     * Counts a guess for {@code username} (normalised) from {@code address} (null: unknown), or answers until when
     * the name or the address is locked, in which case nothing is counted and the password must not be checked.
     */
    Optional<Instant> begin(String username, String address) {
        Optional<Instant> byAddress = address == null ? Optional.empty()
                : count(addresses, address, properties.maxFailuresPerAddress());
        if (byAddress.isPresent()) {
            return byAddress;
        }
        Optional<Instant> byName = count(names, username, properties.maxFailures());
        if (byName.isPresent() && address != null) {
            release(address);
        }
        return byName;
    }

    /** The guess begun for {@code username} from {@code address} was the right password. */
    void succeeded(String username, String address) {
        names.invalidate(username);
        if (address != null) {
            release(address);
        }
    }

    /** Until when {@code username} (normalised) is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        Failures entry = names.getIfPresent(username);
        return entry == null || entry.count() < properties.maxFailures() ? Optional.empty()
                : entry.lockedUntil(properties, clock.instant());
    }

    private Optional<Instant> count(Cache<String, Failures> cache, String key, int max) {
        Instant now = clock.instant();
        Instant[] locked = new Instant[1];
        cache.asMap().compute(key, (k, entry) -> {
            if (entry != null && entry.count() >= max) {
                Optional<Instant> until = entry.lockedUntil(properties, now);
                if (until.isPresent()) {
                    locked[0] = until.get();
                    return entry;
                }
                return new Failures(1, now);
            }
            return new Failures(entry == null ? 1 : entry.count() + 1, now);
        });
        return Optional.ofNullable(locked[0]);
    }

    private void release(String address) {
        addresses.asMap().computeIfPresent(address,
                (k, entry) -> entry.count() <= 1 ? null : new Failures(entry.count() - 1, entry.last()));
    }

    private record Failures(int count, Instant last) {

        Optional<Instant> lockedUntil(LoginThrottleProperties properties, Instant now) {
            Instant until = last.plus(properties.lockout());
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
    }
}
