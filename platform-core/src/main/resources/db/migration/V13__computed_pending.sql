-- How many rows the rules cannot decide and the finance reviewer has not yet decided, kept with the score (V6, V11),
-- so that a list shows a provisional total as 待认定 without rescoring the form. NULL for a form stored before:
-- recomputed when the platform starts.
ALTER TABLE self_evaluation ADD COLUMN computed_pending INT;
