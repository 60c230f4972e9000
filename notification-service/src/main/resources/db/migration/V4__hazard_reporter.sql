-- Which department reported a hazard (from HazardRegistered / HazardRemoved): a department's webhooks get the
-- events of the hazards it reported only (API.md: a department sees the hazards it reported).
CREATE TABLE hazard_reporter (
    hazard_id   UUID        PRIMARY KEY,
    department  VARCHAR(50) NOT NULL
);
