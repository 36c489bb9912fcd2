package org.perfeval.core.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What is known of a supporting document filed with a self-evaluation: name, type, size and SHA-256. */
@Entity
@Table(name = "attachment")
class Attachment extends EvaluationPart {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(SelfEvaluation evaluation, NewAttachment file, String uploadedBy, Instant uploadedAt) {
        super(evaluation);
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    AttachmentView toView() {
        return new AttachmentView(getId(), fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
