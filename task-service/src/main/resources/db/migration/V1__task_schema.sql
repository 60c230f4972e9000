-- task-service schema (its own database): battle-map tasks (挂图作战), their milestones (时间节点),
-- supervisions of the responsible departments (督导检查) and a per-hazard tally for the battle map.

CREATE TABLE task (
    id                      UUID         PRIMARY KEY,
    campaign                VARCHAR(200),
    phase                   VARCHAR(40)  NOT NULL,
    district                VARCHAR(6),                 -- null = city-wide
    title                   VARCHAR(500) NOT NULL,
    goal                    TEXT,
    measures                TEXT,
    lead_department         VARCHAR(50),
    cooperating_departments VARCHAR(1000),              -- department codes, comma-separated
    responsible_person      VARCHAR(200),
    hazard_id               UUID         UNIQUE,        -- listed supervision (挂牌督办): one task per hazard
    status                  VARCHAR(20)  NOT NULL,
    due_date                DATE,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    completed_at            TIMESTAMPTZ,
    version                 BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX task_district ON task (district);
CREATE INDEX task_created ON task (created_at);

CREATE TABLE task_milestone (
    id            UUID         PRIMARY KEY,
    task_id       UUID         NOT NULL REFERENCES task (id),
    position      INT          NOT NULL,
    title         VARCHAR(500) NOT NULL,
    due_date      DATE         NOT NULL,
    completed_at  TIMESTAMPTZ
);
CREATE INDEX task_milestone_task ON task_milestone (task_id);

CREATE TABLE task_supervision (
    id            UUID         PRIMARY KEY,
    task_id       UUID         NOT NULL REFERENCES task (id),
    supervised_on DATE         NOT NULL,
    supervisor    VARCHAR(200) NOT NULL,
    findings      TEXT,
    rating        VARCHAR(20)  NOT NULL,
    recorded_by   VARCHAR(200),
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX task_supervision_task ON task_supervision (task_id);

-- What the battle map needs to know about each hazard, kept from hazard-events (one row per hazard, so
-- replays and repeated overdue warnings never count twice).
CREATE TABLE hazard_tally (
    hazard_id   UUID        PRIMARY KEY,
    district    VARCHAR(6)  NOT NULL,
    severity    VARCHAR(20) NOT NULL,
    listed      BOOLEAN     NOT NULL,
    verified    BOOLEAN     NOT NULL DEFAULT FALSE,
    overdue     BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX hazard_tally_district ON hazard_tally (district);
