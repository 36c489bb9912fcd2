package org.perfeval.core.security.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read the metrics besides administrators: a Prometheus server presenting {@code token} as a bearer token
 * (PERFEVAL_METRICS_TOKEN). None when blank; a short one is refused at start, since it guards the whole figures.
 */
@ConfigurationProperties("perfeval.metrics")
record MetricsScrapeProperties(String token) {

    static final int MIN_LENGTH = 16;

    MetricsScrapeProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("perfeval.metrics.token (PERFEVAL_METRICS_TOKEN) must have at least "
                    + MIN_LENGTH + " characters");
        }
    }
}
