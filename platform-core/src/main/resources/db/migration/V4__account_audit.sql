-- Every change administrators make to users and roles, wherever the users live (local table or Keycloak realm).
CREATE TABLE account_audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at ${datetime}  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    target      VARCHAR(64)  NOT NULL,
    detail      VARCHAR(500) NOT NULL,
    directory   VARCHAR(16)  NOT NULL
) ${table_options};

CREATE INDEX ix_account_audit_target ON account_audit (target);
