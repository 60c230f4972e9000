-- Escalation restarts with each deadline (API.md v1.1 "escalation"): a level is announced once per hazard,
-- deadline and level, so revising a plan's deadline never silences it: when the revised deadline passes, the
-- hazard climbs the ladder again (DAY_0, DAY_3, DAY_7). Rows of earlier deadlines are kept as the record of
-- what was announced.
ALTER TABLE hazard_overdue_level DROP CONSTRAINT hazard_overdue_level_pkey;
ALTER TABLE hazard_overdue_level ADD PRIMARY KEY (hazard_id, deadline, level);
