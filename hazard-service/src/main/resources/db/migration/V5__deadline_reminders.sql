-- Reminders a day before the rectification deadline (issue 13): one per hazard and deadline, so a rerun or a
-- second replica never repeats it, and a deadline moved later by a revised plan gets its own reminder. Kept beside
-- the hazard like the overdue levels (the hazard row itself, its version and its rollups are not touched).
CREATE TABLE hazard_deadline_reminder (
    hazard_id    UUID        NOT NULL REFERENCES hazard (id) ON DELETE CASCADE, -- a record of the hazard only
    deadline     DATE        NOT NULL,
    reminded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (hazard_id, deadline)
);
