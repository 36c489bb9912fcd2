package org.perfeval.core.evaluation;

import java.util.Collection;
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

    /**
     * Per evaluation: id, department id, code, name, whether a bureau, its bureau's id, year, project, status,
     * computed total and grade.
     */
    @Query("select e.id, d.id, d.code, d.name, d.financeBureau, b.id, e.fiscalYear, e.projectName, e.status,"
            + " e.computedTotal, e.computedGrade from SelfEvaluation e join e.department d left join d.bureau b"
            + " where e.id in :ids")
    List<Object[]> findHeaders(Collection<Long> ids);

    @Query("select e from SelfEvaluation e order by e.fiscalYear desc, e.department.code, e.kind, e.projectName")
    List<SelfEvaluation> findAllOrdered();
}
