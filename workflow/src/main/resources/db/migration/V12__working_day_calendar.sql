-- The official working-day calendar (工作日历): the days that differ from "Monday to Friday are worked", each a
-- public holiday (HOLIDAY, 放假, weekend days inside a holiday included) or a make-up working day on a weekend
-- (WORKDAY, 调休上班). Deadlines count working days by it. Every change is audited, and so is every open task whose
-- due date a change moved.

CREATE TABLE calendar_day (
    calendar_date DATE         NOT NULL PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    ${datetime}  NOT NULL
) ${table_options};

CREATE TABLE calendar_audit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_date DATE         NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    kind_before   VARCHAR(16),
    name_before   VARCHAR(64),
    kind_after    VARCHAR(16),
    name_after    VARCHAR(64),
    actor         VARCHAR(64)  NOT NULL,
    acted_at      ${datetime}  NOT NULL
) ${table_options};

CREATE INDEX ix_calendar_audit_date ON calendar_audit (calendar_date);

CREATE TABLE due_date_move (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT       NOT NULL,
    task_id       VARCHAR(64)  NOT NULL,
    stage         VARCHAR(32)  NOT NULL,
    due_before    ${datetime}  NOT NULL,
    due_after     ${datetime}  NOT NULL,
    calendar_date DATE         NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    moved_at      ${datetime}  NOT NULL,
    CONSTRAINT fk_due_date_move_evaluation FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id)
) ${table_options};

CREATE INDEX ix_due_date_move_evaluation ON due_date_move (evaluation_id);

-- 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日），
-- as published by Xinhua: https://m.gmw.cn/2024-11/12/content_1303894933.htm
INSERT INTO calendar_day (calendar_date, kind, name, version, updated_by, updated_at) VALUES
    ('2025-01-01', 'HOLIDAY', '元旦', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-01-26', 'WORKDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-01-28', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-01-29', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-01-30', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-01-31', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-02-01', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-02-02', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-02-03', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-02-04', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-02-08', 'WORKDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-04-04', 'HOLIDAY', '清明节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-04-05', 'HOLIDAY', '清明节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-04-06', 'HOLIDAY', '清明节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-04-27', 'WORKDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-05-01', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-05-02', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-05-03', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-05-04', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-05-05', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-05-31', 'HOLIDAY', '端午节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-06-01', 'HOLIDAY', '端午节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-06-02', 'HOLIDAY', '端午节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-09-28', 'WORKDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2025-10-11', 'WORKDAY', '国庆节、中秋节', 0, 'system', CURRENT_TIMESTAMP);

-- 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日），
-- as published by Xinhua: https://politics.gmw.cn/2025-11/04/content_38391083.htm
INSERT INTO calendar_day (calendar_date, kind, name, version, updated_by, updated_at) VALUES
    ('2026-01-01', 'HOLIDAY', '元旦', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-01-02', 'HOLIDAY', '元旦', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-01-03', 'HOLIDAY', '元旦', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-01-04', 'WORKDAY', '元旦', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-14', 'WORKDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-15', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-16', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-17', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-18', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-19', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-20', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-21', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-22', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-23', 'HOLIDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-02-28', 'WORKDAY', '春节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-04-04', 'HOLIDAY', '清明节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-04-05', 'HOLIDAY', '清明节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-04-06', 'HOLIDAY', '清明节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-05-01', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-05-02', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-05-03', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-05-04', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-05-05', 'HOLIDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-05-09', 'WORKDAY', '劳动节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-06-19', 'HOLIDAY', '端午节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-06-20', 'HOLIDAY', '端午节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-06-21', 'HOLIDAY', '端午节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-09-20', 'WORKDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-09-25', 'HOLIDAY', '中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-09-26', 'HOLIDAY', '中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-09-27', 'HOLIDAY', '中秋节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-01', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-02', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-03', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-04', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-05', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-06', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-07', 'HOLIDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP),
    ('2026-10-10', 'WORKDAY', '国庆节', 0, 'system', CURRENT_TIMESTAMP);
