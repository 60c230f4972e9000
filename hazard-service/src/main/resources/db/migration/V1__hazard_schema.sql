-- hazard-service schema (its own database).

-- 隐患 hazard: one row per hazard, with every field of the HazardFound event it came from.
-- The plan, its history, the reports, verifications, enforcement actions and the transition history are
-- always read and written together with the hazard and never queried on their own, so they are kept as JSON
-- text beside it rather than in child tables. Codes and names that arrive in events are TEXT: a longer value
-- than expected from another service must not make its event undeliverable.
CREATE TABLE hazard (
    id                    UUID         PRIMARY KEY,
    version               BIGINT       NOT NULL,
    district              TEXT         NOT NULL,
    finding_id            UUID         UNIQUE,          -- one hazard per finding, however often it arrives
    inspection_id         UUID,
    method                VARCHAR(30),
    found_at              TIMESTAMPTZ  NOT NULL,
    unit_id               UUID,
    unit_uscc             TEXT         NOT NULL,
    unit_name             TEXT         NOT NULL,
    unit_contact_name     TEXT,
    unit_contact_phone    TEXT,
    industry              TEXT,
    equipment_id          UUID,
    equipment_code        TEXT,
    equipment_category    TEXT         NOT NULL,
    usage_environment     VARCHAR(30),
    checklist_item_code   TEXT,
    hazard_standard       TEXT,
    severity              VARCHAR(10),                  -- null while REPORTED (not yet classified)
    hazard_type           VARCHAR(30),
    description           TEXT,
    inspectors            TEXT,                         -- JSON [{name, certificateNo}]
    source                VARCHAR(30)  NOT NULL,
    reporting_department  TEXT,
    status                VARCHAR(30)  NOT NULL,
    listed                BOOLEAN      NOT NULL DEFAULT FALSE,
    registered_on         DATE,
    deadline              DATE,
    rounds                INTEGER      NOT NULL DEFAULT 0,
    closed_at             TIMESTAMPTZ,
    created_at            TIMESTAMPTZ  NOT NULL,
    plan                  TEXT,
    plan_history          TEXT,
    reports               TEXT,
    verifications         TEXT,
    enforcement_actions   TEXT,
    history               TEXT
);

-- Filters, scoping and the GROUP BY of the statistics (kept fast at a million rows).
CREATE INDEX hazard_district_found ON hazard (district, found_at);
CREATE INDEX hazard_found_at ON hazard (found_at);
CREATE INDEX hazard_status_deadline ON hazard (status, deadline);
CREATE INDEX hazard_checklist_item ON hazard (checklist_item_code, unit_uscc);
CREATE INDEX hazard_unit_uscc ON hazard (unit_uscc);
CREATE INDEX hazard_equipment_category ON hazard (equipment_category);
CREATE INDEX hazard_industry ON hazard (industry);
CREATE INDEX hazard_usage_environment ON hazard (usage_environment);
CREATE INDEX hazard_severity ON hazard (severity);
CREATE INDEX hazard_hazard_type ON hazard (hazard_type);
CREATE INDEX hazard_reporting_department ON hazard (reporting_department, district);
CREATE INDEX hazard_listed_district ON hazard (district, found_at) WHERE listed;

-- Overdue escalation levels already announced: each level fires once per hazard.
CREATE TABLE hazard_overdue_level (
    hazard_id   UUID        NOT NULL REFERENCES hazard (id),
    level       VARCHAR(10) NOT NULL,
    deadline    DATE        NOT NULL,
    emitted_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (hazard_id, level)
);

-- 制度措施清单 institutional-measures list.
CREATE TABLE measure (
    id                       UUID         PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    title                    VARCHAR(300) NOT NULL,
    description              TEXT,
    kind                     VARCHAR(20)  NOT NULL,
    checklist_items          TEXT         NOT NULL,  -- JSON arrays of codes
    hazard_types             TEXT         NOT NULL,
    equipment_categories     TEXT         NOT NULL,
    lead_department          VARCHAR(50)  NOT NULL,
    cooperating_departments  TEXT         NOT NULL,
    district                 VARCHAR(6),              -- null: city-wide
    due_date                 DATE,
    status                   VARCHAR(20)  NOT NULL,
    document_number          VARCHAR(100),
    created_at               TIMESTAMPTZ  NOT NULL,
    created_by               VARCHAR(200)
);
CREATE INDEX measure_district ON measure (district);
