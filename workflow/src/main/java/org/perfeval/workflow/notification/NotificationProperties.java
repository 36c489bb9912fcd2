package org.perfeval.workflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * perfeval.notifications.*: the sender address of notification e-mail (sent only when spring.mail.host is set), how
 * often undelivered mail is tried again, how many tries before giving up, and how long a sender may take before
 * another node takes its mail over.
 */
@ConfigurationProperties("perfeval.notifications")
record NotificationProperties(@DefaultValue("perfeval@localhost") String mailFrom,
                              @DefaultValue("30s") Duration retryInterval,
                              @DefaultValue("8") int maxAttempts,
                              @DefaultValue("5m") Duration sendLease) {
}
