-- The finance reviewer's decision (认定) on a row the rules could not decide: its score within the row's weight and
-- why. A decision belongs to a row by its position and its 三级指标 name (row_no, level3), so it stays with the row
-- across edits that keep the row, and follows the row when rows are moved (see RowMatch).
CREATE TABLE row_adjudication (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL,
    row_no        INT           NOT NULL,
    level3        VARCHAR(200)  NOT NULL,
    score         DECIMAL(9, 4) NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    decided_by    VARCHAR(64)   NOT NULL,
    decided_at    ${datetime}   NOT NULL,
    CONSTRAINT uk_row_adjudication UNIQUE (evaluation_id, row_no),
    CONSTRAINT fk_row_adjudication_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
        ON DELETE CASCADE
) ${table_options};
