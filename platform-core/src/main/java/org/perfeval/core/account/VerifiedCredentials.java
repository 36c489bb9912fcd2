package org.perfeval.core.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * User names and passwords BCrypt has lately accepted, remembered for {@code perfeval.login.credential-cache}
 * (60 s) so that an API client's every call is not a 70 ms hash. An entry is keyed by an HMAC of name and password
 * under a key made at start and never stored: the password itself is never kept. An entry holds the password hash it
 * was verified against and the account as it was then, with the row's version; whoever uses it must find that hash
 * and that version still in the row (one query), so a password changed, an account disabled or a role changed, on
 * this node or another, counts at the next call. Entries of an account changed on this node are dropped at once as
 * well.
 */
@Component
@Profile("!keycloak")
class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;
    private final boolean enabled;

    VerifiedCredentials(LoginThrottleProperties properties, Clock clock) {
        this.enabled = properties.credentialCache().isPositive();
        this.verified = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(enabled ? properties.credentialCache() : Duration.ofNanos(1))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).executor(Runnable::run).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** What BCrypt lately accepted for {@code username} (normalised) and {@code password}, if it did. */
    Optional<Verified> find(String username, String password) {
        if (!enabled || password == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(verified.getIfPresent(keyOf(username, password)));
    }

    /**
     * BCrypt has just accepted {@code password} for {@code username} against {@code passwordHash}, the account
     * being {@code user} at row version {@code version}.
     */
    void remember(String username, String password, String passwordHash, long version, UserDetails user) {
        if (enabled && password != null && passwordHash != null && !passwordHash.isEmpty()) {
            verified.put(keyOf(username, password), new Verified(username, passwordHash, version, user));
        }
    }

    /** Forgets one verified password, found stale. */
    void forget(String username, String password) {
        if (password != null) {
            verified.invalidate(keyOf(username, password));
        }
    }

    /** Forgets every verified password of {@code username}: its account has changed. */
    void forget(String username) {
        verified.asMap().values().removeIf(entry -> entry.username().equals(username));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no " + HMAC + " in this JDK", e);
        }
    }

    /** A verified login: the hash it was verified against, and the account at that row version. */
    record Verified(String username, String passwordHash, long version, UserDetails user) {
    }
}
