-- Publicity (宣传): publications reviewed before they appear on WeChat, Weibo, Douyin or the website.
CREATE TABLE publication (
    id                UUID          PRIMARY KEY,
    type              VARCHAR(30)   NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    body              TEXT          NOT NULL,
    channels          VARCHAR(200)  NOT NULL,
    district          VARCHAR(6),
    status            VARCHAR(20)   NOT NULL,
    source_action_id  UUID          UNIQUE,      -- the EXPOSURE enforcement action a warning exposure came from
    created_by        VARCHAR(200)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    approved_by       VARCHAR(200),
    published_at      TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX publication_district ON publication (district, created_at);

-- Offline publicity: 安全生产月 (June), 质量月 (September), 安全宣传"五进".
CREATE TABLE outreach_activity (
    id            UUID          PRIMARY KEY,
    campaign      VARCHAR(30)   NOT NULL,
    target        VARCHAR(30)   NOT NULL,
    held_on       DATE          NOT NULL,
    district      VARCHAR(6)    NOT NULL,
    participants  INT,
    description   TEXT,
    created_by    VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX outreach_activity_district ON outreach_activity (district, held_on);
