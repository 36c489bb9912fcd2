package org.perfeval.core.evaluation.records;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.perfeval.core.evaluation.EvaluationStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A remark on a self-evaluation, made at a stage, on the whole form or on one indicator row. Never changed; deleted
 * with its evaluation by the database.
 */
@Entity
@Immutable
@Table(name = "review_comment")
class ReviewComment {

    static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;

    @Column(nullable = false, length = 64)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationStatus stage;

    @Column(name = "indicator_row")
    private Integer indicatorRow;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    ReviewComment(long evaluationId, String author, EvaluationStatus stage, Integer indicatorRow, String body,
                  Instant createdAt) {
        this.evaluationId = evaluationId;
        this.author = author;
        this.stage = stage;
        this.indicatorRow = indicatorRow;
        this.body = body;
        this.createdAt = createdAt;
    }

    CommentView toView() {
        return new CommentView(id, author, stage, indicatorRow, body, createdAt);
    }
}
