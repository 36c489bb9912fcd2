package org.perfeval.core.evaluation.form;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of a stored form, in its own table: a task, a weight, a subtotal, an indicator, a report section. Its
 * evaluation's id is written by the form that holds it ({@link StoredForm}), so a row needs no link back.
 */
@MappedSuperclass
abstract class FormRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected FormRow() {
    }
}
