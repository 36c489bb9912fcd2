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

    List<SelfEvaluation> findByDepartmentIdIn(Collection<Long> departmentIds);

    /** Per evaluation: id, department id, year, project, status, computed total, grade and rows to decide. */
    @Query("select e.id, e.departmentId, e.fiscalYear, e.projectName, e.status, e.form.computedTotal,"
            + " e.form.computedGrade, e.form.computedPending from SelfEvaluation e where e.id in :ids")
    List<Object[]> findHeaders(Collection<Long> ids);

    /** The forms whose figures are not all stored: those stored before the error or pending count was kept. */
    @Query("select e.id from SelfEvaluation e where e.form.computedErrors is null or e.form.computedPending is null"
            + " order by e.id")
    List<Long> findIdsWithoutFigures();
}
