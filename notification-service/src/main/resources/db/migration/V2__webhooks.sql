-- Webhook subscriptions of other government systems and their deliveries (signed, retried with back-off).

CREATE TABLE subscription (
    id                UUID          PRIMARY KEY,
    url               VARCHAR(2000) NOT NULL,
    event_types       VARCHAR(2000) NOT NULL,     -- event names, comma-separated
    secret            VARCHAR(200)  NOT NULL,     -- HMAC key; never shown again after creation
    owner_sub         VARCHAR(200)  NOT NULL,
    owner_department  VARCHAR(50),                -- department subscribers only
    owner_district    VARCHAR(6),                 -- a district-level department gets its district's events only
    created_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE delivery (
    id                UUID          PRIMARY KEY,
    subscription_id   UUID          NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_id          VARCHAR(100)  NOT NULL,     -- ce_id
    event_type        VARCHAR(60)   NOT NULL,
    ce_type           VARCHAR(100)  NOT NULL,
    ce_source         VARCHAR(100),
    ce_subject        VARCHAR(100),
    ce_time           VARCHAR(60),
    payload           BYTEA         NOT NULL,
    status            VARCHAR(20)   NOT NULL,     -- PENDING | DELIVERED | FAILED
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ   NOT NULL,
    last_status_code  INT,
    last_error        VARCHAR(1000),
    created_at        TIMESTAMPTZ   NOT NULL,
    delivered_at      TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT delivery_once UNIQUE (subscription_id, event_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_status ON delivery (status, created_at);
