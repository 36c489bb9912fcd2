package org.perfeval.workflow.metrics;

import org.perfeval.core.logging.LogContext;
import org.perfeval.workflow.process.StepTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One log line per workflow action, once it has committed: who moved which evaluation from where to where. The line
 * carries the evaluation as a key-value pair when no request's log context names it (a timer's action).
 */
@Component
class StepLog {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @EventListener
    void on(StepTaken step) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(step);
                }
            });
        } else {
            write(step);
        }
    }

    private static void write(StepTaken step) {
        LoggingEventBuilder line = log.atInfo().addKeyValue("action", step.action().name());
        if (MDC.get(LogContext.EVALUATION) == null) {
            line = line.addKeyValue(LogContext.EVALUATION, step.evaluationId());
        }
        line.log("{} on evaluation {} ({} {}): {} -> {} by {}", step.action(), step.evaluationId(),
                step.departmentCode(), step.year(), step.from(), step.to(), step.actor());
    }
}
