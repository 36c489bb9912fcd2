package org.perfeval.core.evaluation.records;

import java.time.Instant;

/** A supporting document's metadata. */
public record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String sha256,
                             String uploadedBy, Instant uploadedAt) {
}
