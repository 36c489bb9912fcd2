-- PerfEval foundation: departments, accounts, self-evaluations.
-- Runs unchanged on H2 and MySQL/MariaDB; ${datetime} and ${table_options} are set per vendor by
-- org.perfeval.core.persistence.VendorPlaceholders (DATETIME(6) and utf8mb4 InnoDB tables on MySQL).

CREATE TABLE department (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    finance_bureau BOOLEAN      NOT NULL,
    bureau_id      BIGINT,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT uk_department_name UNIQUE (name),
    CONSTRAINT fk_department_bureau FOREIGN KEY (bureau_id) REFERENCES department (id)
) ${table_options};

CREATE TABLE user_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(200),
    password_hash VARCHAR(100),
    department_id BIGINT,
    enabled       BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    ${datetime}  NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_department FOREIGN KEY (department_id) REFERENCES department (id)
) ${table_options};

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE self_evaluation (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id          BIGINT        NOT NULL,
    fiscal_year            INT           NOT NULL,
    kind                   VARCHAR(32)   NOT NULL,
    -- '' for a department's overall evaluation, so that the unique key also holds for it
    project_name           VARCHAR(200)  NOT NULL,
    scheme_id              VARCHAR(64),
    amount_unit            VARCHAR(8)    NOT NULL,
    status                 VARCHAR(32)   NOT NULL,
    annual_goal            VARCHAR(4000),
    goal_completion        VARCHAR(1000),
    budget_initial         DECIMAL(20, 4),
    budget_adjusted        DECIMAL(20, 4),
    budget_executed        DECIMAL(20, 4),
    fiscal_initial         DECIMAL(20, 4),
    fiscal_adjusted        DECIMAL(20, 4),
    fiscal_executed        DECIMAL(20, 4),
    other_initial          DECIMAL(20, 4),
    other_adjusted         DECIMAL(20, 4),
    other_executed         DECIMAL(20, 4),
    basic_initial          DECIMAL(20, 4),
    basic_adjusted         DECIMAL(20, 4),
    basic_executed         DECIMAL(20, 4),
    project_initial        DECIMAL(20, 4),
    project_adjusted       DECIMAL(20, 4),
    project_executed       DECIMAL(20, 4),
    self_budget_score      DECIMAL(9, 4),
    self_total             DECIMAL(9, 4),
    self_grade             VARCHAR(8),
    version                BIGINT        NOT NULL,
    created_at             ${datetime}   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    updated_at             ${datetime}   NOT NULL,
    updated_by             VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_self_evaluation UNIQUE (department_id, fiscal_year, kind, project_name),
    CONSTRAINT fk_self_evaluation_department FOREIGN KEY (department_id) REFERENCES department (id)
) ${table_options};

CREATE TABLE evaluation_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id   BIGINT         NOT NULL,
    row_no          INT            NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    content         VARCHAR(2000),
    budget          DECIMAL(20, 4),
    fiscal_budget   DECIMAL(20, 4),
    executed        DECIMAL(20, 4),
    fiscal_executed DECIMAL(20, 4),
    completion      VARCHAR(1000),
    CONSTRAINT fk_evaluation_task_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE evaluation_level1 (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL,
    row_no        INT           NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    weight        DECIMAL(9, 4) NOT NULL,
    CONSTRAINT fk_evaluation_level1_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE self_level1_score (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL,
    row_no        INT           NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    score         DECIMAL(9, 4) NOT NULL,
    CONSTRAINT fk_self_level1_score_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE indicator (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id    BIGINT        NOT NULL,
    row_no           INT           NOT NULL,
    level1           VARCHAR(100)  NOT NULL,
    level2           VARCHAR(100)  NOT NULL,
    level3           VARCHAR(200)  NOT NULL,
    target           VARCHAR(200)  NOT NULL,
    unit             VARCHAR(50)   NOT NULL,
    actual           VARCHAR(200),
    weight           DECIMAL(9, 4) NOT NULL,
    self_score       DECIMAL(9, 4),
    tier             VARCHAR(16),
    deviation_reason VARCHAR(4000),
    not_applicable   BOOLEAN       NOT NULL,
    CONSTRAINT fk_indicator_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_indicator_evaluation ON indicator (evaluation_id, row_no);

CREATE TABLE report_section (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT      NOT NULL,
    section       VARCHAR(40) NOT NULL,
    content       LONGTEXT    NOT NULL,
    CONSTRAINT uk_report_section UNIQUE (evaluation_id, section),
    CONSTRAINT fk_report_section_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   ${datetime}  NOT NULL,
    CONSTRAINT fk_attachment_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE review_comment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id   BIGINT       NOT NULL,
    author          VARCHAR(64)  NOT NULL,
    stage           VARCHAR(32)  NOT NULL,
    indicator_row   INT,
    body            VARCHAR(4000) NOT NULL,
    created_at      ${datetime}  NOT NULL,
    CONSTRAINT fk_review_comment_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id) ON DELETE CASCADE
) ${table_options};
