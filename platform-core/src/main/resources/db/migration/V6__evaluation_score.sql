-- The form's current computed score, kept with the form, so lists (an inbox of thousands) need not rescore forms.
ALTER TABLE self_evaluation ADD COLUMN computed_total DECIMAL(9,4);
ALTER TABLE self_evaluation ADD COLUMN computed_grade VARCHAR(8);
