package org.perfeval.workflow.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.perfeval.workflow.metrics.GaugeReading.MailState;
import org.perfeval.workflow.process.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The gauges: open and overdue tasks per stage ({@code perfeval_tasks_open}, {@code perfeval_tasks_overdue}),
 * undelivered mails per state ({@code perfeval_outbox_mails}) and incomplete event publications
 * ({@code perfeval_outbox_events}). One reading serves every gauge of a scrape and the scrapes that follow within
 * the refresh time, so a scrape costs a dozen counting queries at most. A failed reading shows as NaN, not as zero.
 */
@Component
@EnableConfigurationProperties(MetricsProperties.class)
class WorkflowGauges implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(WorkflowGauges.class);

    private final GaugeReader reader;
    private final Duration refresh;
    private Instant readAt;
    private GaugeReading last;

    WorkflowGauges(GaugeReader reader, MetricsProperties properties) {
        this.reader = reader;
        this.refresh = properties.gaugeRefresh();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Step step : Step.values()) {
            String stage = step.status().name();
            gauge("perfeval.tasks.open", "Open workflow tasks", r -> r.open(step)).tag("stage", stage)
                    .register(registry);
            gauge("perfeval.tasks.overdue", "Open workflow tasks past their due date",
                    r -> r.overdue(step)).tag("stage", stage).register(registry);
        }
        for (MailState state : MailState.values()) {
            gauge("perfeval.outbox.mails", "Notification e-mails not delivered yet (or given up)",
                    r -> r.mails(state)).tag("status", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        gauge("perfeval.outbox.events", "Event publications whose listener has not completed",
                GaugeReading::incompleteEvents).register(registry);
    }

    private Gauge.Builder<WorkflowGauges> gauge(String name, String description,
                                                ToDoubleFunction<GaugeReading> value) {
        return Gauge.builder(name, this, gauges -> {
            GaugeReading reading = gauges.reading();
            return reading == null ? Double.NaN : value.applyAsDouble(reading);
        }).description(description).strongReference(true);
    }

    /**
     * The last reading while it is fresh, else a new one; null if the database could not be read, which is not tried
     * again before the refresh time either.
     */
    synchronized GaugeReading reading() {
        Instant now = reader.now();
        if (readAt == null || now.isBefore(readAt) || Duration.between(readAt, now).compareTo(refresh) >= 0) {
            readAt = now;
            try {
                last = reader.read(now);
            } catch (RuntimeException e) {
                log.warn("Could not read the workflow gauges: {}", e.getMessage());
                last = null;
            }
        }
        return last;
    }
}
