package org.perfeval.workflow.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Notifications are handled on their own threads after commit, and two duties run on a schedule: mail that could
 * not be sent is tried again, and events whose handling failed (or was cut short by a crash) are handed to their
 * listeners again from the event publication registry.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration implements SchedulingConfigurer {

    private final MailDispatcher mail;
    private final IncompleteEventPublications incomplete;
    private final NotificationProperties properties;

    NotificationConfiguration(MailDispatcher mail, IncompleteEventPublications incomplete,
                              NotificationProperties properties) {
        this.mail = mail;
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(mail::sendDue, properties.retryInterval());
        registrar.addFixedDelayTask(() -> incomplete.resubmitIncompletePublicationsOlderThan(
                properties.retryInterval()), properties.retryInterval());
    }
}
