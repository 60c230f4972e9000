CREATE TABLE test_note (
    id       UUID PRIMARY KEY,
    district VARCHAR(6) NOT NULL,
    text     VARCHAR(200) NOT NULL,
    version  BIGINT NOT NULL DEFAULT 0,
    created  TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- a check deferred to commit: a violating transaction fails only when it commits
CREATE TABLE test_deferred (
    id   UUID PRIMARY KEY,
    note UUID NOT NULL REFERENCES test_note (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE test_handled (
    hazard_id UUID NOT NULL,
    ce_id     VARCHAR(100) NOT NULL,
    handled   TIMESTAMPTZ NOT NULL DEFAULT now()
);
