-- Deadlines per stage, set by administrators and read when a task is created; and per-user notifications.

CREATE TABLE stage_deadline (
    stage              VARCHAR(32) NOT NULL PRIMARY KEY,
    days_allowed       INT         NOT NULL,
    working_days       BOOLEAN     NOT NULL,
    remind_before_days INT         NOT NULL,
    escalate_to        VARCHAR(32) NOT NULL,
    version            BIGINT      NOT NULL,
    updated_by         VARCHAR(64) NOT NULL,
    updated_at         ${datetime} NOT NULL
) ${table_options};

INSERT INTO stage_deadline (stage, days_allowed, working_days, remind_before_days, escalate_to, version, updated_by, updated_at)
VALUES ('DRAFTING', 20, TRUE, 3, 'DEPT_REVIEWER', 0, 'system', CURRENT_TIMESTAMP),
       ('INTERNAL_REVIEW', 5, TRUE, 1, 'ADMIN', 0, 'system', CURRENT_TIMESTAMP),
       ('FINANCE_CHECK', 10, TRUE, 2, 'ADMIN', 0, 'system', CURRENT_TIMESTAMP),
       ('RECTIFICATION', 10, TRUE, 2, 'DEPT_REVIEWER', 0, 'system', CURRENT_TIMESTAMP),
       ('PUBLICATION', 5, TRUE, 1, 'ADMIN', 0, 'system', CURRENT_TIMESTAMP);

CREATE TABLE notification (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient     VARCHAR(64)   NOT NULL,
    evaluation_id BIGINT        NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    message       VARCHAR(1000) NOT NULL,
    created_at    ${datetime}   NOT NULL,
    read_at       ${datetime},
    CONSTRAINT fk_notification_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
) ${table_options};

CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);
