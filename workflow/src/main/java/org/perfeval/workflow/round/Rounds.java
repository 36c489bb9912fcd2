package org.perfeval.workflow.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored rounds. */
interface Rounds extends JpaRepository<Round, Long> {

    List<Round> findByBureauIdOrderByFiscalYearDescIdDesc(Long bureauId);
}
