package org.perfeval.workflow.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The platform's clock in workflow tests: real time in whole seconds, as in production, until a test sets it to a
 * moment; Flowable follows it, so due dates, timers and records all see the moment the test chose.
 */
public final class MovableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant moment) {
        fixed = moment;
    }

    /** Back to real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment != null ? moment : Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new IllegalArgumentException("the platform clock keeps UTC; zones are the ZoneId bean's business");
    }
}
