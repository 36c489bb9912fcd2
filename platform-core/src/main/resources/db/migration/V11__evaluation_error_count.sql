-- How many errors the scorer finds in the form as it stands, kept with its score (V6), so that a list of thousands
-- of forms shows it without rescoring each one. NULL for a form stored before: recomputed when the platform starts.
ALTER TABLE self_evaluation ADD COLUMN computed_errors INT;
