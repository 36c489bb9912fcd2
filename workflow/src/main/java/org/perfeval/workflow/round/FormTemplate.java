package org.perfeval.workflow.round;

import java.time.Instant;

import org.perfeval.scoring.document.EvaluationKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The template (指标库) of one kind: a form in the interchange format whose rows, weights and targets new forms take. */
@Entity
@Table(name = "form_template")
class FormTemplate {

    static final int MAX_JSON = 200_000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private EvaluationKind kind;

    @Column(nullable = false, length = MAX_JSON)
    private String document;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FormTemplate() {
    }

    FormTemplate(EvaluationKind kind) {
        this.kind = kind;
    }

    void change(String json, String user, Instant now) {
        this.document = json;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    EvaluationKind getKind() {
        return kind;
    }

    String getDocument() {
        return document;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
