-- The workflow's own records (Flowable keeps its engine tables itself): the audit trail, score snapshots,
-- rectification items and the frozen disclosure of each evaluation.

CREATE TABLE workflow_audit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    actor_role    VARCHAR(32)   NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    from_stage    VARCHAR(32)   NOT NULL,
    to_stage      VARCHAR(32)   NOT NULL,
    reason        VARCHAR(4000),
    acted_at      ${datetime}   NOT NULL,
    CONSTRAINT fk_workflow_audit_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
) ${table_options};

CREATE INDEX ix_workflow_audit_evaluation ON workflow_audit (evaluation_id, id);

CREATE TABLE score_snapshot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id  BIGINT        NOT NULL,
    stage          VARCHAR(32)   NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    taken_at       ${datetime}   NOT NULL,
    scheme_id      VARCHAR(64)   NOT NULL,
    scheme_version INT           NOT NULL,
    total          DECIMAL(9, 4) NOT NULL,
    grade          VARCHAR(8)    NOT NULL,
    error_count    INT           NOT NULL,
    findings_json  LONGTEXT      NOT NULL,
    changed_rows   VARCHAR(4000) NOT NULL,
    document_json  LONGTEXT      NOT NULL,
    CONSTRAINT fk_score_snapshot_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
) ${table_options};

CREATE INDEX ix_score_snapshot_evaluation ON score_snapshot (evaluation_id, id);

CREATE TABLE rectification_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL,
    round_no      INT           NOT NULL,
    indicator_row INT,
    finding_code  VARCHAR(64),
    request       VARCHAR(2000) NOT NULL,
    answer        VARCHAR(2000),
    answered_by   VARCHAR(64),
    answered_at   ${datetime},
    CONSTRAINT fk_rectification_item_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
) ${table_options};

CREATE TABLE disclosure (
    evaluation_id BIGINT        NOT NULL PRIMARY KEY,
    document_json LONGTEXT      NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    total         DECIMAL(9, 4) NOT NULL,
    grade         VARCHAR(8)    NOT NULL,
    disclosed_by  VARCHAR(64)   NOT NULL,
    disclosed_at  ${datetime}   NOT NULL,
    CONSTRAINT fk_disclosure_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
) ${table_options};
