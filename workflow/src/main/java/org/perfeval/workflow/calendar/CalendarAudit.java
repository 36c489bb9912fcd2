package org.perfeval.workflow.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarAudit extends JpaRepository<CalendarAuditEntry, Long> {

    List<CalendarAuditEntry> findTop100ByOrderByIdDesc();
}
