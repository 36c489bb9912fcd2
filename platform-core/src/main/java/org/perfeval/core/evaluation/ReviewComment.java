package org.perfeval.core.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A remark on a self-evaluation, made at a stage, on the whole form or on one indicator row. Never changed. */
@Entity
@Table(name = "review_comment")
class ReviewComment extends EvaluationPart {

    static final int MAX_BODY = 4000;

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

    ReviewComment(SelfEvaluation evaluation, String author, EvaluationStatus stage, Integer indicatorRow, String body,
                  Instant createdAt) {
        super(evaluation);
        this.author = author;
        this.stage = stage;
        this.indicatorRow = indicatorRow;
        this.body = body;
        this.createdAt = createdAt;
    }

    CommentView toView() {
        return new CommentView(getId(), author, stage, indicatorRow, body, createdAt);
    }
}
