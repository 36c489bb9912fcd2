package org.perfeval.workflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.perfeval.scoring.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail of stored notifications, outside any step's transaction. Each mail is claimed first with a
 * conditional update, so two nodes never send the same one; a failed send is tried again later, with a pause that
 * doubles each time, until {@code maxAttempts}. Mail goes out in Chinese, the language of the platform's users.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Locale MAIL_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final Translator translator;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDispatcher(Notifications notifications, ObjectProvider<JavaMailSender> mail, Translator translator,
                   NotificationProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.translator = translator;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends every mail that is due now; returns how many went out. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> notifications.releaseExpiredMail(now, Notification.MailStatus.PENDING,
                Notification.MailStatus.SENDING));
        int sent = 0;
        for (long id : notifications.mailDue(Notification.MailStatus.PENDING, now)) {
            Notification claimed = claim(id, now);
            if (claimed != null && send(sender, claimed)) {
                sent++;
            }
        }
        return sent;
    }

    private Notification claim(long id, Instant now) {
        return transactions.execute(tx -> notifications.claimMail(id, now.plus(properties.sendLease()),
                Notification.MailStatus.PENDING, Notification.MailStatus.SENDING) == 1
                ? notifications.findById(id).orElse(null) : null);
    }

    private boolean send(JavaMailSender sender, Notification notification) {
        Text text = MessageArguments.text(notification.messageKey(), notification.messageArgs());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(notification.mailTo());
        message.setSubject(translator.render(Text.of("notification.mail.subject", text), MAIL_LANGUAGE));
        message.setText(translator.render(text, MAIL_LANGUAGE));
        try {
            sender.send(message);
            transactions.executeWithoutResult(tx -> notifications.mailSent(notification.id(), clock.instant(),
                    Notification.MailStatus.SENT));
            return true;
        } catch (MailException e) {
            int attempts = notifications.mailAttempts(notification.id()) + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            log.warn("could not e-mail {} about notification {} (try {} of {}): {}", notification.recipient(),
                    notification.id(), attempts, properties.maxAttempts(), e.getMessage());
            Duration pause = properties.retryInterval().multipliedBy(1L << Math.min(attempts - 1, 10));
            transactions.executeWithoutResult(tx -> notifications.mailFailed(notification.id(),
                    giveUp ? Notification.MailStatus.FAILED : Notification.MailStatus.PENDING,
                    clock.instant().plus(pause)));
            return false;
        }
    }
}
