-- Channels beyond the inbox (issue 13): e-mail through SMTP and SMS through the agency's HTTP gateway.

-- The contact directory: e-mail and phone of district roles, inspectors, departments and users, kept by the city
-- and the district bureaus; channels = what the recipient accepts (its preference), comma-separated.
CREATE TABLE contact (
    id              UUID          PRIMARY KEY,
    recipient_type  VARCHAR(20)   NOT NULL,     -- ROLE | DEPARTMENT | USER (units: their phone arrives on events)
    recipient       VARCHAR(200)  NOT NULL,     -- district-admin | inspector | city, a department code, a sub
    district        VARCHAR(6),                 -- null: city-level (the city role, a city-level department)
    name            VARCHAR(200),
    email           VARCHAR(200),
    phone           VARCHAR(20),
    channels        VARCHAR(100)  NOT NULL,
    updated_by      VARCHAR(200)  NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
-- one entry per addressee (the natural key of Recipient.key())
CREATE UNIQUE INDEX contact_addressee ON contact (recipient_type, recipient, COALESCE(district, ''));
CREATE INDEX contact_district ON contact (district);

-- A unit's contact point as the events tell it (HazardFound carries the unit's contact phone).
CREATE TABLE unit_contact (
    uscc            VARCHAR(40)   PRIMARY KEY,
    name            VARCHAR(200),
    contact_name    VARCHAR(200),
    phone           VARCHAR(40),
    updated_at      TIMESTAMPTZ   NOT NULL
);

-- Which channels an event goes out on besides the inbox, by event type and grade (the severity, or the overdue
-- level of HazardOverdue; '*' for any). Edited by the city; no row: inbox only.
CREATE TABLE channel_rule (
    id              UUID          PRIMARY KEY,
    event_type      VARCHAR(60)   NOT NULL,
    grade           VARCHAR(20)   NOT NULL,
    channels        VARCHAR(100)  NOT NULL,
    CONSTRAINT channel_rule_once UNIQUE (event_type, grade)
);
INSERT INTO channel_rule (id, event_type, grade, channels) VALUES
    (gen_random_uuid(), 'HazardRegistered', 'MAJOR', 'EMAIL,SMS'),
    (gen_random_uuid(), 'HazardRegistered', 'GENERAL', 'EMAIL'),
    (gen_random_uuid(), 'HazardOverdue', 'DAY_0', 'SMS'),
    (gen_random_uuid(), 'HazardOverdue', 'DAY_3', 'EMAIL,SMS'),
    (gen_random_uuid(), 'HazardOverdue', 'DAY_7', 'EMAIL,SMS'),
    (gen_random_uuid(), 'RectificationRejected', '*', 'SMS'),
    (gen_random_uuid(), 'EnforcementActionTaken', '*', 'EMAIL'),
    (gen_random_uuid(), 'HazardRemoved', '*', 'EMAIL'),
    (gen_random_uuid(), 'TaskAssigned', '*', 'EMAIL'),
    (gen_random_uuid(), 'MilestoneOverdue', '*', 'EMAIL,SMS');

-- One message per recipient, channel and event (by its content, so a replay under a new ce_id too): recorded in the consumer's transaction (before anything is sent),
-- leased by a dispatcher, sent outside any transaction, marked sent after. A lease that runs out (the replica died
-- between sending and marking) makes that one message due again.
CREATE TABLE outbound_message (
    id               UUID          PRIMARY KEY,
    event_id         VARCHAR(100)  NOT NULL,     -- ce_id of the first arrival
    event_key        VARCHAR(200)  NOT NULL,     -- the event's content (type and SHA-256 of its payload): a replay
                                                 -- under another ce_id is the same event
    event_type       VARCHAR(60)   NOT NULL,
    subject          VARCHAR(100),               -- the hazard, task, inspection or unit id
    event_district   VARCHAR(6),
    channel          VARCHAR(10)   NOT NULL,     -- EMAIL | SMS
    recipient_type   VARCHAR(20)   NOT NULL,
    recipient        VARCHAR(200)  NOT NULL,
    district         VARCHAR(6),                 -- the recipient's district (as on notifications)
    recipient_key    VARCHAR(300)  NOT NULL,
    address          VARCHAR(200)  NOT NULL,     -- the e-mail address or phone number
    title            VARCHAR(400)  NOT NULL,     -- the e-mail subject; for SMS the gateway template id
    body             TEXT          NOT NULL,     -- the e-mail text; for SMS the text as the recipient reads it
    params           TEXT,                       -- SMS: the template parameters as JSON
    major            BOOLEAN       NOT NULL DEFAULT FALSE,
    status           VARCHAR(20)   NOT NULL,     -- PENDING | SENT | FAILED
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    held_until       TIMESTAMPTZ,                -- quiet hours: not sent before
    lease_until      TIMESTAMPTZ,
    lease_owner      VARCHAR(100),
    gateway_answer   VARCHAR(1000),
    last_error       VARCHAR(1000),
    created_at       TIMESTAMPTZ   NOT NULL,
    sent_at          TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT outbound_message_once UNIQUE (event_key, recipient_key, channel)
);
CREATE INDEX outbound_message_due ON outbound_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbound_message_list ON outbound_message (created_at);
CREATE INDEX outbound_message_district ON outbound_message (event_district, created_at);
