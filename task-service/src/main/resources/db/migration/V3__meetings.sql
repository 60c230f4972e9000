-- Joint meetings and symposiums (联席会 / 座谈会) of the bureaus with the industry authorities.
CREATE TABLE meeting (
    id           UUID          PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    held_on      DATE          NOT NULL,
    district     VARCHAR(6),                 -- null = a city meeting
    departments  VARCHAR(1000),              -- department codes, comma-separated
    minutes      TEXT,
    decisions    TEXT,
    created_by   VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX meeting_district ON meeting (district, held_on);
