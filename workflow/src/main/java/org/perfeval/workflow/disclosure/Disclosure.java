package org.perfeval.workflow.disclosure;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.perfeval.scoring.document.Decimals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A disclosed report, frozen: its canonical JSON and that text's SHA-256, with the score and grade the finance
 * reviewer approved. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "disclosure")
class Disclosure {

    /** The frozen form: as long as a MEDIUMTEXT column holds comfortably. */
    static final int LONG_TEXT = 1_000_000;

    @Id
    @Column(name = "evaluation_id")
    private Long evaluationId;

    @Column(name = "document_json", nullable = false, length = LONG_TEXT)
    private String documentJson;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal total;

    @Column(nullable = false, length = 8)
    private String grade;

    @Column(name = "disclosed_by", nullable = false, length = 64)
    private String disclosedBy;

    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;

    protected Disclosure() {
    }

    Disclosure(long evaluationId, String documentJson, String sha256, BigDecimal total, String grade,
               String disclosedBy, Instant disclosedAt) {
        this.evaluationId = evaluationId;
        this.documentJson = documentJson;
        this.sha256 = sha256;
        this.total = total;
        this.grade = grade;
        this.disclosedBy = disclosedBy;
        this.disclosedAt = disclosedAt;
    }

    DisclosureView toView() {
        return new DisclosureView(evaluationId, documentJson, sha256, Decimals.plain(total), grade, disclosedBy,
                disclosedAt);
    }
}
