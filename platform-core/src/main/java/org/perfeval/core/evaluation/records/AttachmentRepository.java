package org.perfeval.core.evaluation.records;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: a filed document's metadata is never changed. */
interface AttachmentRepository extends Repository<Attachment, Long> {

    Attachment save(Attachment attachment);

    List<Attachment> findByEvaluationIdOrderByUploadedAtAscIdAsc(Long evaluationId);
}
