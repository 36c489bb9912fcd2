package org.perfeval.core.evaluation;

import java.util.List;
import java.util.Optional;

import org.perfeval.scoring.document.EvaluationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

    Optional<SelfEvaluation> findByDepartmentIdAndFiscalYearAndKindAndProjectName(Long departmentId, int fiscalYear,
                                                                                  EvaluationKind kind,
                                                                                  String projectName);

    @Query("select e from SelfEvaluation e where e.department.id = :departmentId or e.department.bureau.id = :bureauId"
            + " order by e.fiscalYear desc, e.department.code, e.kind, e.projectName")
    List<SelfEvaluation> findVisible(Long departmentId, Long bureauId);

    @Query("select e from SelfEvaluation e order by e.fiscalYear desc, e.department.code, e.kind, e.projectName")
    List<SelfEvaluation> findAllOrdered();
}
