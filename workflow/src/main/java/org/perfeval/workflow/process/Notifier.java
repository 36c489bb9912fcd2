package org.perfeval.workflow.process;

import java.time.Clock;
import java.util.Collection;

import org.perfeval.core.account.AccountView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells users: a notification in the database for each, and an e-mail too when SMTP is configured and the user has
 * an address. A mail server that fails does not undo the notification.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifier(Notifications notifications, ObjectProvider<JavaMailSender> mail, NotificationProperties properties,
             Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    void tell(Collection<AccountView> recipients, long evaluationId, NotificationKind kind, String subject,
              String text) {
        JavaMailSender sender = mail.getIfAvailable();
        for (AccountView recipient : recipients) {
            notifications.save(new Notification(recipient.username(), evaluationId, kind, text, clock.instant()));
            if (sender != null && recipient.email() != null && !recipient.email().isBlank()) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(recipient.email());
                message.setSubject(subject);
                message.setText(text);
                try {
                    sender.send(message);
                } catch (MailException e) {
                    log.warn("could not e-mail {} about evaluation {}: {}", recipient.username(), evaluationId,
                            e.getMessage());
                }
            }
        }
    }
}
