package org.perfeval.core.evaluation.records;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is known of a supporting document filed with a self-evaluation: name, type, size and SHA-256. Never changed;
 * deleted with its evaluation by the database.
 */
@Entity
@Immutable
@Table(name = "attachment")
class Attachment {

    static final int MAX_FILE_NAME = 255;
    static final int MAX_CONTENT_TYPE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = MAX_CONTENT_TYPE)
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

    Attachment(long evaluationId, NewAttachment file, String uploadedBy, Instant uploadedAt) {
        this.evaluationId = evaluationId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    AttachmentView toView() {
        return new AttachmentView(id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
