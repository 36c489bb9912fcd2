package org.perfeval.workflow.process;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Notifications extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByEvaluationIdOrderByIdAsc(long evaluationId);
}
