-- Tables of the shared technical kit (libs/platform), applied in every service's own database.
-- Platform migrations are numbered V0_x so they sort before a service's own V1, V2 ...

-- Outbox: events written in the same transaction as the change; the relay publishes them and marks them sent.
CREATE TABLE outbox_event (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID         NOT NULL UNIQUE,
    topic          VARCHAR(100) NOT NULL,
    aggregate_id   VARCHAR(100) NOT NULL,
    ce_type        VARCHAR(100) NOT NULL,
    ce_source      VARCHAR(100) NOT NULL,
    ce_time        TIMESTAMPTZ  NOT NULL,
    payload        BYTEA        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at        TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Inbox: each consumed ce_id, recorded in the same transaction as its effect, so a redelivery does nothing.
CREATE TABLE inbox_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    ce_type      VARCHAR(100) NOT NULL,
    handled_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency keys: per caller (sub) and key for 24 hours, shared by every replica through the database.
CREATE TABLE idempotency_key (
    caller          VARCHAR(200) NOT NULL,
    idem_key        VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    response_status INTEGER,
    response_body   BYTEA,
    content_type    VARCHAR(200),
    location        VARCHAR(1000),
    etag            VARCHAR(100),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

-- Uploaded files (photos, evidence, archives): content kept with its SHA-256.
CREATE TABLE stored_file (
    id            UUID         PRIMARY KEY,
    owner_type    VARCHAR(50)  NOT NULL,
    owner_id      UUID         NOT NULL,
    file_name     VARCHAR(500),
    content_type  VARCHAR(200) NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_by   VARCHAR(200),
    uploaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX stored_file_owner ON stored_file (owner_type, owner_id);
