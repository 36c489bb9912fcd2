package org.perfeval.workflow.round;

import java.util.Collection;
import java.util.List;

import org.perfeval.scoring.document.EvaluationKind;
import org.springframework.data.jpa.repository.JpaRepository;

/** The departments of rounds. */
interface RoundMembers extends JpaRepository<RoundMember, Long> {

    List<RoundMember> findByRoundIdOrderById(Long roundId);

    List<RoundMember> findByDepartmentIdInAndFiscalYearAndKind(Collection<Long> departmentIds, int fiscalYear,
                                                               EvaluationKind kind);

    List<RoundMember> findByDepartmentId(Long departmentId);
}
