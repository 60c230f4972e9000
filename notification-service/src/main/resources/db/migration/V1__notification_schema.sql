-- notification-service schema (its own database): notifications addressed to a user, unit, department or role,
-- and the read state of each user.

CREATE TABLE notification (
    id              UUID          PRIMARY KEY,
    event_id        VARCHAR(100)  NOT NULL,     -- the ce_id of the event it came from
    type            VARCHAR(60)   NOT NULL,     -- the event name, e.g. HazardRegistered
    subject         VARCHAR(100),               -- the hazard, task, inspection or unit id
    recipient_type  VARCHAR(20)   NOT NULL,     -- USER | UNIT | DEPARTMENT | ROLE
    recipient       VARCHAR(200)  NOT NULL,     -- sub | uscc | department code | role
    district        VARCHAR(6),                 -- for ROLE district-admin / inspector
    recipient_key   VARCHAR(300)  NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT notification_once_per_recipient UNIQUE (event_id, recipient_key)
);
CREATE INDEX notification_recipient ON notification (recipient_type, recipient, district);
CREATE INDEX notification_created ON notification (created_at DESC);

CREATE TABLE notification_read (
    notification_id UUID          NOT NULL REFERENCES notification (id),
    sub             VARCHAR(200)  NOT NULL,
    read_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (notification_id, sub)
);
