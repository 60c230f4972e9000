-- 隐患分析 from maintained aggregates (issue 12): the statistics and the common issues read these rollups instead
-- of scanning hazard. Triggers on hazard keep them, in the same transaction as the write, whatever writes it
-- (Hibernate, the import's JDBC batch, a migration, a hand-written fix): no write path can forget them.
--
-- Days are Asia/Shanghai days of found_at. Each hazard is counted twice per row kind: under its district and
-- under '*' (the whole city), so a city-wide read never sums sixteen districts. Periods come in two grains:
-- 'M' (the month, period = its first day) and 'D' (the day): a read takes the whole months of its range at the
-- month grain and only the ragged ends at the day grain, so it reads tens of rows per group, not a row per day.

-- Counts per group: the numbers of GET /hazard-statistics that do not depend on the day of the read.
CREATE TABLE hazard_tally (
    dimension    TEXT    NOT NULL,            -- the groupBy api name: district, severity, checklistItem, …
    key          TEXT,                        -- the hazard's value (null: not given)
    district     TEXT    NOT NULL,            -- the hazard's district, or '*' for the city
    grain        CHAR(1) NOT NULL,            -- 'M' month, 'D' day of found_at
    period       DATE    NOT NULL,
    total        BIGINT  NOT NULL,
    listed       BIGINT  NOT NULL,
    verified     BIGINT  NOT NULL,            -- listed and VERIFIED
    closed       BIGINT  NOT NULL,            -- listed, VERIFIED and with closed_at: the mean's denominator
    closed_days  NUMERIC NOT NULL,            -- the sum of (closed_at - found_at) in days over those: exact
    CONSTRAINT hazard_tally_key UNIQUE NULLS NOT DISTINCT (dimension, district, grain, period, key)
);

-- Open hazards (LISTED, RECTIFYING, PENDING_VERIFICATION) per deadline, so "overdue" (deadline before today
-- while open) is summed at read time for any today: whole months before today's month at the month grain of
-- the deadline, the days of today's month before today at the day grain.
CREATE TABLE hazard_open_tally (
    dimension        TEXT    NOT NULL,
    key              TEXT,
    district         TEXT    NOT NULL,
    grain            CHAR(1) NOT NULL,
    period           DATE    NOT NULL,
    deadline_grain   CHAR(1) NOT NULL,
    deadline_period  DATE    NOT NULL,
    open             BIGINT  NOT NULL,
    -- the deadline first: a read takes the month rows before this month and only this month's day rows
    CONSTRAINT hazard_open_tally_key
        UNIQUE NULLS NOT DISTINCT (dimension, district, deadline_grain, deadline_period, grain, period, key)
);

-- Common issues (共性问题): hazards not REMOVED with a checklist item.
-- Per item, unit and found day: the distinct units of a period are counted from here.
CREATE TABLE hazard_issue_day (
    checklist_item_code  TEXT   NOT NULL,
    district             TEXT   NOT NULL,
    unit_uscc            TEXT   NOT NULL,
    found_day            DATE   NOT NULL,
    hazards              BIGINT NOT NULL,
    open                 BIGINT NOT NULL,
    PRIMARY KEY (checklist_item_code, district, found_day, unit_uscc)
);
CREATE INDEX hazard_issue_day_found ON hazard_issue_day (found_day, checklist_item_code);

-- Per item and unit over all time (district and '*'): when a unit's count leaves or reaches zero, the item's
-- distinct units change.
CREATE TABLE hazard_issue_unit (
    checklist_item_code  TEXT   NOT NULL,
    district             TEXT   NOT NULL,
    unit_uscc            TEXT   NOT NULL,
    hazards              BIGINT NOT NULL,
    PRIMARY KEY (checklist_item_code, district, unit_uscc)
);

-- Per item over all time (district and '*'): what common issues answer without a period, one row per item.
CREATE TABLE hazard_issue (
    checklist_item_code  TEXT   NOT NULL,
    district             TEXT   NOT NULL,
    units                BIGINT NOT NULL,
    hazards              BIGINT NOT NULL,
    open                 BIGINT NOT NULL,
    PRIMARY KEY (district, checklist_item_code)
);

-- The rows a write brought to zero, found without a scan and deleted at once.
CREATE INDEX hazard_tally_zero ON hazard_tally (dimension) WHERE total = 0;
CREATE INDEX hazard_open_tally_zero ON hazard_open_tally (dimension) WHERE open = 0;
CREATE INDEX hazard_issue_day_zero ON hazard_issue_day (checklist_item_code) WHERE hazards = 0;
CREATE INDEX hazard_issue_unit_zero ON hazard_issue_unit (checklist_item_code) WHERE hazards = 0;
CREATE INDEX hazard_issue_zero ON hazard_issue (checklist_item_code) WHERE hazards = 0;

-- What each changed hazard brings: +1 for the rows in `added`, -1 for those in `removed` (an UPDATE passes the
-- new and the old rows), with only the columns the statistics use; every other column may change freely.
CREATE FUNCTION hazard_changes(added hazard[], removed hazard[])
    RETURNS TABLE (sign INT, district TEXT, found_day DATE, status TEXT, listed BOOLEAN, is_open BOOLEAN,
                   deadline DATE, closed_days NUMERIC, unit_uscc TEXT, checklist_item_code TEXT,
                   dims TEXT[], keys TEXT[])
    LANGUAGE sql STABLE AS $$
    SELECT s.sign, (s.h).district, ((s.h).found_at AT TIME ZONE 'Asia/Shanghai')::date, (s.h).status, (s.h).listed,
           (s.h).status IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION'),
           (s.h).deadline,
           CASE WHEN (s.h).listed AND (s.h).status = 'VERIFIED'
                THEN EXTRACT(EPOCH FROM ((s.h).closed_at - (s.h).found_at)) / 86400.0 END,
           (s.h).unit_uscc, (s.h).checklist_item_code,
           ARRAY['district', 'equipmentCategory', 'industry', 'usageEnvironment', 'hazardType', 'severity',
                 'status', 'checklistItem'],
           ARRAY[(s.h).district, (s.h).equipment_category, (s.h).industry, (s.h).usage_environment,
                 (s.h).hazard_type, (s.h).severity, (s.h).status, (s.h).checklist_item_code]
    FROM (SELECT 1 AS sign, a AS h FROM unnest(added) a
          UNION ALL SELECT -1, r FROM unnest(removed) r) s
$$;

-- Applies the changes to every rollup. Each INSERT locks its rows in key order, so two writers never wait on
-- each other in a circle within one statement; rows that fall to zero are deleted (found by partial indexes).
CREATE FUNCTION hazard_rollup_apply(added hazard[], removed hazard[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- counts per group, district and '*', month and day
    INSERT INTO hazard_tally AS t (dimension, key, district, grain, period, total, listed, verified, closed, closed_days)
    SELECT dimension, key, district, grain, period, total, listed, verified, closed, closed_days FROM (
        SELECT d.dimension, d.key, l.district, g.grain, g.period,
               sum(c.sign) AS total,
               coalesce(sum(c.sign) FILTER (WHERE c.listed), 0) AS listed,
               coalesce(sum(c.sign) FILTER (WHERE c.listed AND c.status = 'VERIFIED'), 0) AS verified,
               coalesce(sum(c.sign) FILTER (WHERE c.closed_days IS NOT NULL), 0) AS closed,
               coalesce(sum(c.sign * c.closed_days), 0) AS closed_days
        FROM hazard_changes(added, removed) c
             CROSS JOIN LATERAL unnest(c.dims, c.keys) d(dimension, key)
             CROSS JOIN LATERAL (VALUES (c.district), ('*')) l(district)
             CROSS JOIN LATERAL (VALUES ('M', date_trunc('month', c.found_day)::date), ('D', c.found_day)) g(grain, period)
        GROUP BY 1, 2, 3, 4, 5) x
    WHERE total <> 0 OR listed <> 0 OR verified <> 0 OR closed <> 0 OR closed_days <> 0
    ORDER BY dimension, district, grain, period, key
    ON CONFLICT ON CONSTRAINT hazard_tally_key DO UPDATE SET
        total = t.total + excluded.total, listed = t.listed + excluded.listed, verified = t.verified + excluded.verified,
        closed = t.closed + excluded.closed, closed_days = t.closed_days + excluded.closed_days;
    DELETE FROM hazard_tally WHERE total = 0;

    -- open hazards per deadline (month and day of the deadline)
    INSERT INTO hazard_open_tally AS t (dimension, key, district, grain, period, deadline_grain, deadline_period, open)
    SELECT d.dimension, d.key, l.district, g.grain, g.period, dg.grain, dg.period, sum(c.sign)
    FROM hazard_changes(added, removed) c
         CROSS JOIN LATERAL unnest(c.dims, c.keys) d(dimension, key)
         CROSS JOIN LATERAL (VALUES (c.district), ('*')) l(district)
         CROSS JOIN LATERAL (VALUES ('M', date_trunc('month', c.found_day)::date), ('D', c.found_day)) g(grain, period)
         CROSS JOIN LATERAL (VALUES ('M', date_trunc('month', c.deadline)::date), ('D', c.deadline)) dg(grain, period)
    WHERE c.is_open AND c.deadline IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(c.sign) <> 0
    ORDER BY 1, 3, 6, 7, 4, 5, 2
    ON CONFLICT ON CONSTRAINT hazard_open_tally_key DO UPDATE SET open = t.open + excluded.open;
    DELETE FROM hazard_open_tally WHERE open = 0;

    -- common issues: per item, unit and day
    INSERT INTO hazard_issue_day AS t (checklist_item_code, district, unit_uscc, found_day, hazards, open)
    SELECT c.checklist_item_code, c.district, c.unit_uscc, c.found_day, sum(c.sign),
           coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0)
    FROM hazard_changes(added, removed) c
    WHERE c.checklist_item_code IS NOT NULL AND c.status <> 'REMOVED'
    GROUP BY 1, 2, 3, 4
    HAVING sum(c.sign) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0) <> 0
    ORDER BY 1, 2, 4, 3
    ON CONFLICT (checklist_item_code, district, found_day, unit_uscc) DO UPDATE SET
        hazards = t.hazards + excluded.hazards, open = t.open + excluded.open;
    DELETE FROM hazard_issue_day WHERE hazards = 0;

    -- per item and unit over all time; a unit whose count reached or left zero changes the item's units
    WITH delta AS (
        SELECT c.checklist_item_code, l.district, c.unit_uscc, sum(c.sign) AS hazards,
               coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0) AS open
        FROM hazard_changes(added, removed) c CROSS JOIN LATERAL (VALUES (c.district), ('*')) l(district)
        WHERE c.checklist_item_code IS NOT NULL AND c.status <> 'REMOVED'
        GROUP BY 1, 2, 3
        HAVING sum(c.sign) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0) <> 0
    ), units AS (
        INSERT INTO hazard_issue_unit AS t (checklist_item_code, district, unit_uscc, hazards)
        SELECT checklist_item_code, district, unit_uscc, hazards FROM delta ORDER BY 1, 2, 3
        ON CONFLICT (checklist_item_code, district, unit_uscc) DO UPDATE SET hazards = t.hazards + excluded.hazards
        RETURNING t.checklist_item_code, t.district, t.unit_uscc, t.hazards
    )
    INSERT INTO hazard_issue AS t (checklist_item_code, district, units, hazards, open)
    SELECT d.checklist_item_code, d.district,
           count(*) FILTER (WHERE d.hazards > 0 AND u.hazards = d.hazards)    -- reached: was zero before
             - count(*) FILTER (WHERE d.hazards < 0 AND u.hazards = 0),       -- left: is zero now
           sum(d.hazards), sum(d.open)
    FROM delta d JOIN units u USING (checklist_item_code, district, unit_uscc)
    GROUP BY 1, 2
    ORDER BY 2, 1
    ON CONFLICT (district, checklist_item_code) DO UPDATE SET
        units = t.units + excluded.units, hazards = t.hazards + excluded.hazards, open = t.open + excluded.open;
    DELETE FROM hazard_issue_unit WHERE hazards = 0;
    DELETE FROM hazard_issue WHERE hazards = 0;
END
$$;

CREATE FUNCTION hazard_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM hazard_rollup_apply(ARRAY(SELECT n::hazard FROM new_rows n), '{}');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM hazard_rollup_apply('{}', ARRAY(SELECT o::hazard FROM old_rows o));
    ELSIF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n USING (id)
                  WHERE (o.district, o.found_at, o.equipment_category, o.industry, o.usage_environment, o.hazard_type,
                         o.severity, o.status, o.checklist_item_code, o.listed, o.deadline, o.closed_at, o.unit_uscc)
                        IS DISTINCT FROM
                        (n.district, n.found_at, n.equipment_category, n.industry, n.usage_environment, n.hazard_type,
                         n.severity, n.status, n.checklist_item_code, n.listed, n.deadline, n.closed_at, n.unit_uscc)) THEN
        -- only when a column the statistics use changed (a new plan text or attachment changes nothing here)
        PERFORM hazard_rollup_apply(ARRAY(SELECT n::hazard FROM new_rows n), ARRAY(SELECT o::hazard FROM old_rows o));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER hazard_rollup_insert AFTER INSERT ON hazard REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_trigger();
CREATE TRIGGER hazard_rollup_update AFTER UPDATE ON hazard REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_trigger();
CREATE TRIGGER hazard_rollup_delete AFTER DELETE ON hazard REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_trigger();

-- Rebuilds every rollup from the hazards, a found day at a time (bounded memory at any size). For the migration
-- below, and after a bulk load that ran with the triggers disabled (ALTER TABLE hazard DISABLE TRIGGER USER):
-- a single statement inserting a million rows would hand the trigger a million-row transition table.
CREATE FUNCTION hazard_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    day DATE;
BEGIN
    TRUNCATE hazard_tally, hazard_open_tally, hazard_issue_day, hazard_issue_unit, hazard_issue;
    FOR day IN SELECT DISTINCT (found_at AT TIME ZONE 'Asia/Shanghai')::date FROM hazard ORDER BY 1 LOOP
        PERFORM hazard_rollup_apply(ARRAY(SELECT h FROM hazard h
                                          WHERE h.found_at >= day::timestamp AT TIME ZONE 'Asia/Shanghai'
                                            AND h.found_at < (day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'),
                                    '{}');
    END LOOP;
END
$$;

-- Fill the rollups from the hazards already there.
SELECT hazard_rollup_rebuild();
