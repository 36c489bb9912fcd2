package org.perfeval.core.evaluation.records;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: comments are never changed. */
interface ReviewCommentRepository extends Repository<ReviewComment, Long> {

    ReviewComment save(ReviewComment comment);

    List<ReviewComment> findByEvaluationIdOrderByCreatedAtAscIdAsc(Long evaluationId);
}
