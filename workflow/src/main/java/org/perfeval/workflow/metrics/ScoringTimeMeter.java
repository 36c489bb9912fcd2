package org.perfeval.workflow.metrics;

import java.util.concurrent.TimeUnit;

import org.perfeval.core.scheme.ScoringTimer;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** How long scoring a form takes, wherever it is asked for ({@code perfeval_scoring_seconds}). */
@Component
class ScoringTimeMeter implements ScoringTimer {

    private final Timer timer;

    ScoringTimeMeter(MeterRegistry registry) {
        this.timer = Timer.builder("perfeval.scoring").description("Time taken to score a form with its scheme")
                .register(registry);
    }

    @Override
    public void scored(long nanos) {
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
