package org.perfeval.workflow.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the figures read from the database are kept.
 *
 * @param gaugeRefresh how long a reading of the task and outbox counts is reused: every scrape of every node would
 *                     otherwise count a province's tasks again
 */
@ConfigurationProperties("perfeval.metrics")
record MetricsProperties(@DefaultValue("15s") Duration gaugeRefresh) {

    MetricsProperties {
        if (gaugeRefresh.isNegative()) {
            throw new IllegalArgumentException("perfeval.metrics.gauge-refresh must not be negative: " + gaugeRefresh);
        }
    }
}
