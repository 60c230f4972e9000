-- Publicity on the social channels (WeChat, Weibo, Douyin): one post per publication and channel, recorded as an
-- intent in the publishing transaction and delivered after it with retry, back-off and a lease (like webhooks), so
-- a crash or a platform that is down delivers later, once.
CREATE TABLE publication_channel_post (
    id                UUID          PRIMARY KEY,
    publication_id    UUID          NOT NULL REFERENCES publication (id),
    channel           VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ,
    lease_until       TIMESTAMPTZ,
    lease_owner       VARCHAR(100),
    post_id           VARCHAR(200),               -- the platform's id of the post
    answer            VARCHAR(1000),              -- the platform's last answer, cut to 1,000 characters
    last_status_code  INT,
    last_error        VARCHAR(1000),
    last_attempt_at   TIMESTAMPTZ,
    posted_at         TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL,
    UNIQUE (publication_id, channel)
);
CREATE INDEX publication_channel_post_due ON publication_channel_post (next_attempt_at) WHERE status = 'PENDING';

-- The public face reads the latest published website items: this index holds exactly those, newest first.
CREATE INDEX publication_on_website ON publication (published_at DESC, id DESC)
    WHERE status = 'PUBLISHED' AND channels LIKE '%WEBSITE%';
