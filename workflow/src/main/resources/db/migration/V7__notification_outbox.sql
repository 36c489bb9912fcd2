-- Notifications keep a message key and its arguments as a JSON array, rendered in each reader's language; the event
-- they answer, so that an event delivered twice adds nothing; and their e-mail's delivery state, which makes the
-- table the durable outbox the mail dispatcher works from. Rows written before keep their text as one argument.

ALTER TABLE notification ADD COLUMN message_key VARCHAR(100);
ALTER TABLE notification ADD COLUMN message_args VARCHAR(4000);
UPDATE notification SET message_key = 'notification.legacy', message_args = JSON_ARRAY(message);
ALTER TABLE notification DROP COLUMN message;

ALTER TABLE notification ADD COLUMN source_event VARCHAR(64);
ALTER TABLE notification ADD COLUMN mail_to VARCHAR(254);
ALTER TABLE notification ADD COLUMN mail_status VARCHAR(16) DEFAULT 'NONE' NOT NULL;
ALTER TABLE notification ADD COLUMN mail_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN mail_next_at ${datetime};
ALTER TABLE notification ADD COLUMN mail_sent_at ${datetime};

CREATE UNIQUE INDEX ux_notification_source ON notification (source_event, recipient);
CREATE INDEX ix_notification_mail ON notification (mail_status, mail_next_at);

-- Spring Modulith's event publication registry (JDBC store, schema version 2): events published inside a step's
-- transaction and not yet handled by their after-commit listeners.
CREATE TABLE event_publication (
    id                     ${uuid}       NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       ${datetime}   NOT NULL,
    completion_date        ${datetime},
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date ${datetime}
) ${table_options};

CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
