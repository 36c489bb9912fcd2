-- Rounds (年度自评任务) a finance bureau opens for a year and kind, the departments each round covers (one round
-- per department, year and kind), and the administrators' templates (指标库) new forms start from.

CREATE TABLE evaluation_round (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    bureau_id   BIGINT      NOT NULL,
    fiscal_year INT         NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    due_date    DATE        NOT NULL,
    opened_by   VARCHAR(64) NOT NULL,
    opened_at   ${datetime} NOT NULL,
    CONSTRAINT fk_round_bureau FOREIGN KEY (bureau_id) REFERENCES department (id)
) ${table_options};

CREATE TABLE evaluation_round_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    fiscal_year   INT         NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    evaluation_id BIGINT,
    CONSTRAINT fk_round_member_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_round_member_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_round_member_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id),
    CONSTRAINT uk_round_member UNIQUE (department_id, fiscal_year, kind)
) ${table_options};

CREATE INDEX ix_round_member_round ON evaluation_round_member (round_id);

CREATE TABLE form_template (
    kind       VARCHAR(32)  NOT NULL PRIMARY KEY,
    document   LONGTEXT     NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    updated_at ${datetime}  NOT NULL
) ${table_options};
