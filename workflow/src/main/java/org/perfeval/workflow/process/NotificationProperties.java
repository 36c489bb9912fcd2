package org.perfeval.workflow.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** perfeval.notifications.*: the sender address of notification e-mail (sent only when spring.mail.host is set). */
@ConfigurationProperties("perfeval.notifications")
record NotificationProperties(@DefaultValue("perfeval@localhost") String mailFrom) {
}
