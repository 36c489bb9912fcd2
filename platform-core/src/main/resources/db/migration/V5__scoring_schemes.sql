-- Scoring schemes administrators copied from the published ones and edited; the published ones ship with the code.
CREATE TABLE scoring_scheme (
    scheme_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    json       LONGTEXT     NOT NULL,
    version    BIGINT       NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    updated_at ${datetime}  NOT NULL
) ${table_options};
