package org.perfeval.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The lock after too many wrong passwords in a row, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, Duration.ofMinutes(5), 50, null),
            clock);

    @Test
    void fiveWrongPasswordsInARowLockTheNameForFiveMinutes() {
        fail("wang", 4);
        assertThat(throttle.lockedUntil("wang")).isEmpty();
        fail("wang", 1);
        assertThat(throttle.lockedUntil("wang")).contains(clock.instant().plus(Duration.ofMinutes(5)));
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
        throttle.begin("wang", null);
        throttle.succeeded("wang", null);
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

    @Test
    void oneAddressGetsFiftyWrongGuessesOverAllNamesThenIsLocked() {
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.begin("user" + i, "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.begin("another", "10.0.0.1")).as("the address is locked").isPresent();
        assertThat(throttle.begin("another", "10.0.0.2")).as("other addresses are not").isEmpty();
        assertThat(throttle.lockedUntil("another")).as("a refused guess is not counted for the name").isEmpty();
    }

    @Test
    void aLockedNameRefusesTheGuessBeforeItsPasswordIsChecked() {
        fail("wang", 5);
        assertThat(throttle.begin("wang", "10.0.0.1")).isPresent();
        assertThat(throttle.begin("wang", "10.0.0.1")).isPresent();
        for (int i = 0; i < 60; i++) {
            throttle.begin("li", "10.0.0.1");
            throttle.succeeded("li", "10.0.0.1");
        }
        assertThat(throttle.begin("zhao", "10.0.0.1")).as("refused and right guesses are no failures").isEmpty();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(username, null);
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
