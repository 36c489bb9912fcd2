package org.perfeval.core.evaluation.form;

import org.perfeval.scoring.document.AmountUnit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the amount unit as the form writes it, 万元 or 元. */
@Converter
class AmountUnitConverter implements AttributeConverter<AmountUnit, String> {

    @Override
    public String convertToDatabaseColumn(AmountUnit unit) {
        return unit == null ? null : unit.symbol();
    }

    @Override
    public AmountUnit convertToEntityAttribute(String label) {
        return label == null ? null : AmountUnit.fromSymbol(label)
                .orElseThrow(() -> new IllegalStateException("unknown amount unit in the database: " + label));
    }
}
