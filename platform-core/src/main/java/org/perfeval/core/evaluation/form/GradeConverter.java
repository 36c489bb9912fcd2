package org.perfeval.core.evaluation.form;

import org.perfeval.scoring.document.Grade;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a grade as the form writes it: 优, 良, 中 or 差. */
@Converter
class GradeConverter implements AttributeConverter<Grade, String> {

    @Override
    public String convertToDatabaseColumn(Grade grade) {
        return grade == null ? null : grade.symbol();
    }

    @Override
    public Grade convertToEntityAttribute(String label) {
        return label == null ? null : Grade.fromSymbol(label)
                .orElseThrow(() -> new IllegalStateException("unknown grade in the database: " + label));
    }
}
