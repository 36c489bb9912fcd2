package org.perfeval.workflow.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Notifications extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByEvaluationIdOrderByIdAsc(long evaluationId);

    boolean existsBySourceEventAndRecipient(String sourceEvent, String recipient);

    @Query("select n.id from Notification n where n.mailStatus = :pending and n.mailNextAt <= :now order by n.id")
    List<Long> mailDue(@Param("pending") Notification.MailStatus pending, @Param("now") Instant now);

    /** Takes a pending mail for sending; 1 if this caller got it, 0 if another node (or thread) was first. */
    @Modifying
    @Query("update Notification n set n.mailStatus = :sending, n.mailNextAt = :lease "
            + "where n.id = :id and n.mailStatus = :pending")
    int claimMail(@Param("id") long id, @Param("lease") Instant lease,
                  @Param("pending") Notification.MailStatus pending, @Param("sending") Notification.MailStatus sending);

    /** Mails whose sender died while sending go back to pending once their lease has run out. */
    @Modifying
    @Query("update Notification n set n.mailStatus = :pending where n.mailStatus = :sending and n.mailNextAt < :now")
    int releaseExpiredMail(@Param("now") Instant now, @Param("pending") Notification.MailStatus pending,
                           @Param("sending") Notification.MailStatus sending);

    @Modifying
    @Query("update Notification n set n.mailStatus = :sent, n.mailSentAt = :at, n.mailAttempts = n.mailAttempts + 1 "
            + "where n.id = :id")
    void mailSent(@Param("id") long id, @Param("at") Instant at, @Param("sent") Notification.MailStatus sent);

    @Modifying
    @Query("update Notification n set n.mailStatus = :status, n.mailNextAt = :next, "
            + "n.mailAttempts = n.mailAttempts + 1 where n.id = :id")
    void mailFailed(@Param("id") long id, @Param("status") Notification.MailStatus status, @Param("next") Instant next);

    @Query("select n.mailAttempts from Notification n where n.id = :id")
    int mailAttempts(@Param("id") long id);
}
