package org.perfeval.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** The lock after too many wrong passwords in a row, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, Duration.ofMinutes(5)),
            clock);

    @Test
    void fiveWrongPasswordsInARowLockTheNameForFiveMinutes() {
        fail("wang", 4);
        assertThat(throttle.lockedUntil("wang")).isEmpty();
        fail("wang", 1);
        assertThat(throttle.lockedUntil("wang")).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(throttle.lockedUntil("WANG")).as("names are compared without case").isPresent();
        assertThat(throttle.lockedUntil("li")).isEmpty();

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(throttle.lockedUntil("wang")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil("wang")).isEmpty();
    }

    @Test
    void aFailureAfterTheLockEndsStartsCountingAgainFromOne() {
        fail("wang", 5);
        clock.advance(Duration.ofMinutes(6));
        fail("wang", 1);
        assertThat(throttle.lockedUntil("wang")).isEmpty();
        fail("wang", 3);
        assertThat(throttle.lockedUntil("wang")).isEmpty();
        fail("wang", 1);
        assertThat(throttle.lockedUntil("wang")).isPresent();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        fail("wang", 4);
        throttle.succeeded(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("wang", null, List.of())));
        fail("wang", 4);
        assertThat(throttle.lockedUntil("wang")).isEmpty();
    }

    @Test
    void failuresAreForgottenALockoutAfterTheLastOne() {
        fail("wang", 4);
        clock.advance(Duration.ofMinutes(5));
        fail("wang", 1);
        assertThat(throttle.lockedUntil("wang")).isEmpty();
        fail("wang", 3);
        clock.advance(Duration.ofMinutes(4));
        fail("wang", 1);
        assertThat(throttle.lockedUntil("wang")).isPresent();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                    new BadCredentialsException("wrong")));
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-25T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
