package org.perfeval.core.evaluation;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Something stored with one self-evaluation, in its own table: a row, a report section, a comment, a file. */
@MappedSuperclass
abstract class EvaluationPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private SelfEvaluation evaluation;

    protected EvaluationPart() {
    }

    EvaluationPart(SelfEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    Long getId() {
        return id;
    }
}
