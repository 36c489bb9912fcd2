-- 指标性质 of a row (HIGHER, LOWER, QUALITATIVE, DEADLINE); null: the scorer infers it
ALTER TABLE indicator ADD COLUMN direction VARCHAR(16);
