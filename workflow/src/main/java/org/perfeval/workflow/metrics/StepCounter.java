package org.perfeval.workflow.metrics;

import org.perfeval.workflow.process.StepTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every workflow action by the stage it was taken at and the action ({@code perfeval_steps_total}), once the
 * step's transaction has committed: a step that was rolled back was never taken. A plain listener with a
 * synchronization rather than an after-commit listener, which the event publication registry would store and track
 * like a notification.
 */
@Component
class StepCounter {

    static final String NAME = "perfeval.steps";

    private final MeterRegistry registry;

    StepCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(StepTaken step) {
        Counter counter = Counter.builder(NAME).description("Workflow actions taken, by stage and action")
                .tag("stage", step.from() == null ? "NONE" : step.from().name())
                .tag("action", step.action().name())
                .register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
