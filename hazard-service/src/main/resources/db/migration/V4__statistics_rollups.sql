-- 隐患分析 from maintained aggregates (issue 12): the statistics and the common issues read these rollups instead
-- of scanning hazard. Triggers on hazard keep them, in the same transaction as the write, whatever writes it
-- (Hibernate, the import's JDBC batch, a migration, a hand-written fix): no write path can forget them.
--
-- A write must stay cheap (a single-row insert touches about 30 rollup rows), so the rollups keep only what the
-- reads cannot get cheaply otherwise:
-- * per district and for the city as district '*' (so a city-wide read never sums sixteen districts);
-- * no 'district' dimension: groupBy=district sums the 'status' rows of each district (every hazard has one status);
-- * months (Asia/Shanghai) of found_at only: a read takes the whole months of its period from here and counts the
--   ragged ends (a period starting or ending within a month) from the hazards found on those days themselves;
-- * "overdue" (open, deadline before the day of the read) is kept per deadline MONTH: the months before today's
--   month come from hazard_open_tally, the days of today's month before today from the open hazards themselves
--   (index hazard_open_deadline, read alone: a month of deadlines at most). Together exactly the deadlines
--   before today.

-- Counts per group: the numbers of GET /hazard-statistics that do not depend on the day of the read.
CREATE TABLE hazard_tally (
    dimension    TEXT    NOT NULL,            -- the groupBy api name: equipmentCategory, severity, status, …
    key          TEXT,                        -- the hazard's value (null: not given)
    district     TEXT    NOT NULL,            -- the hazard's district, or '*' for the city
    found_month  DATE    NOT NULL,            -- the first day of the month
    total        BIGINT  NOT NULL,
    listed       BIGINT  NOT NULL,
    verified     BIGINT  NOT NULL,            -- listed and VERIFIED
    closed       BIGINT  NOT NULL,            -- listed, VERIFIED and with closed_at: the mean's denominator
    closed_days  NUMERIC NOT NULL,            -- the sum of (closed_at - found_at) in days over those: exact
    CONSTRAINT hazard_tally_key UNIQUE NULLS NOT DISTINCT (dimension, district, found_month, key)
) WITH (fillfactor = 80);                     -- room for the counts' updates on the same page (HOT)

-- Open hazards (LISTED, RECTIFYING, PENDING_VERIFICATION) with a deadline, per deadline month.
CREATE TABLE hazard_open_tally (
    dimension       TEXT    NOT NULL,
    key             TEXT,
    district        TEXT    NOT NULL,
    found_month     DATE    NOT NULL,
    deadline_month  DATE    NOT NULL,         -- the first day of the deadline's month
    open            BIGINT  NOT NULL,
    CONSTRAINT hazard_open_tally_key UNIQUE NULLS NOT DISTINCT (dimension, district, found_month, deadline_month, key)
) WITH (fillfactor = 80);

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
) WITH (fillfactor = 80);
CREATE INDEX hazard_issue_day_found ON hazard_issue_day (found_day, checklist_item_code);

-- Per item and unit over all time (district and '*'): when a unit's count leaves or reaches zero, the item's
-- distinct units change.
CREATE TABLE hazard_issue_unit (
    checklist_item_code  TEXT   NOT NULL,
    district             TEXT   NOT NULL,
    unit_uscc            TEXT   NOT NULL,
    hazards              BIGINT NOT NULL,
    PRIMARY KEY (checklist_item_code, district, unit_uscc)
) WITH (fillfactor = 80);

-- Per item over all time (district and '*'): what common issues answer without a period, one row per item.
CREATE TABLE hazard_issue (
    checklist_item_code  TEXT   NOT NULL,
    district             TEXT   NOT NULL,
    units                BIGINT NOT NULL,
    hazards              BIGINT NOT NULL,
    open                 BIGINT NOT NULL,
    PRIMARY KEY (district, checklist_item_code)
) WITH (fillfactor = 80);

-- The open hazards by deadline, with what the statistics group them by: this month's overdue is read from the
-- index alone (an index-only scan), never from the wide hazard rows.
CREATE INDEX hazard_open_deadline ON hazard (deadline)
    INCLUDE (district, found_at, equipment_category, industry, usage_environment, hazard_type, severity, status,
             checklist_item_code)
    WHERE status IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION');

-- Rows brought to zero stay (a read skips them; their number is bounded by the keys, and a rebuild drops them):
-- deleting them would cost every write a statement and an index on the counts would make no update HOT.

-- What one hazard brings to the rollups, with only the columns they use: the triggers pass +1 for each new row
-- and -1 for each old one (an UPDATE passes both), so every rollup is kept by adding signs.
CREATE TYPE hazard_change AS (
    sign                 INT,
    district             TEXT,
    found_day            DATE,
    status               TEXT,
    listed               BOOLEAN,
    is_open              BOOLEAN,
    deadline             DATE,
    closed_days          NUMERIC,
    unit_uscc            TEXT,
    checklist_item_code  TEXT,
    keys                 TEXT[]                  -- in the order of hazard_dimensions()
);

-- The dimensions the rollups keep, in the order of hazard_change.keys.
CREATE FUNCTION hazard_dimensions() RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['equipmentCategory', 'industry', 'usageEnvironment', 'hazardType', 'severity', 'status', 'checklistItem']
$$;

CREATE FUNCTION hazard_change_of(sign INT, h hazard) RETURNS hazard_change LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(sign, h.district, (h.found_at AT TIME ZONE 'Asia/Shanghai')::date, h.status, h.listed,
               h.status IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION'), h.deadline,
               CASE WHEN h.listed AND h.status = 'VERIFIED' AND h.closed_at IS NOT NULL
                    THEN EXTRACT(EPOCH FROM (h.closed_at - h.found_at)) / 86400.0 END,
               h.unit_uscc, h.checklist_item_code,
               ARRAY[h.equipment_category, h.industry, h.usage_environment, h.hazard_type, h.severity, h.status,
                     h.checklist_item_code])::hazard_change
$$;

-- Applies the changes to every rollup. Each INSERT locks its rows in key order, so two writers never wait on
-- each other in a circle within one statement.
CREATE FUNCTION hazard_rollup_apply(changes hazard_change[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- counts per group, district and month
    INSERT INTO hazard_tally AS t (dimension, key, district, found_month, total, listed, verified, closed, closed_days)
    SELECT dimension, key, district, found_month, total, listed, verified, closed, closed_days FROM (
        SELECT d.dimension, d.key, l.district, date_trunc('month', c.found_day)::date AS found_month,
               sum(c.sign) AS total,
               coalesce(sum(c.sign) FILTER (WHERE c.listed), 0) AS listed,
               coalesce(sum(c.sign) FILTER (WHERE c.listed AND c.status = 'VERIFIED'), 0) AS verified,
               coalesce(sum(c.sign) FILTER (WHERE c.closed_days IS NOT NULL), 0) AS closed,
               coalesce(sum(c.sign * c.closed_days), 0) AS closed_days
        FROM unnest(changes) c
             CROSS JOIN LATERAL unnest(hazard_dimensions(), c.keys) d(dimension, key)
             CROSS JOIN LATERAL (VALUES (c.district), ('*')) l(district)
        GROUP BY 1, 2, 3, 4) x
    WHERE total <> 0 OR listed <> 0 OR verified <> 0 OR closed <> 0 OR closed_days <> 0
    ORDER BY dimension, district, found_month, key
    ON CONFLICT ON CONSTRAINT hazard_tally_key DO UPDATE SET
        total = t.total + excluded.total, listed = t.listed + excluded.listed, verified = t.verified + excluded.verified,
        closed = t.closed + excluded.closed, closed_days = t.closed_days + excluded.closed_days;

    -- open hazards per deadline month
    INSERT INTO hazard_open_tally AS t (dimension, key, district, found_month, deadline_month, open)
    SELECT d.dimension, d.key, l.district, date_trunc('month', c.found_day)::date, date_trunc('month', c.deadline)::date,
           sum(c.sign)
    FROM unnest(changes) c
         CROSS JOIN LATERAL unnest(hazard_dimensions(), c.keys) d(dimension, key)
         CROSS JOIN LATERAL (VALUES (c.district), ('*')) l(district)
    WHERE c.is_open AND c.deadline IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(c.sign) <> 0
    ORDER BY 1, 3, 4, 5, 2
    ON CONFLICT ON CONSTRAINT hazard_open_tally_key DO UPDATE SET open = t.open + excluded.open;

    -- common issues: per item, unit and day
    INSERT INTO hazard_issue_day AS t (checklist_item_code, district, unit_uscc, found_day, hazards, open)
    SELECT c.checklist_item_code, c.district, c.unit_uscc, c.found_day, sum(c.sign),
           coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0)
    FROM unnest(changes) c
    WHERE c.checklist_item_code IS NOT NULL AND c.status <> 'REMOVED'
    GROUP BY 1, 2, 3, 4
    HAVING sum(c.sign) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0) <> 0
    ORDER BY 1, 2, 4, 3
    ON CONFLICT (checklist_item_code, district, found_day, unit_uscc) DO UPDATE SET
        hazards = t.hazards + excluded.hazards, open = t.open + excluded.open;

    -- per item and unit over all time; a unit whose count reached or left zero changes the item's units
    WITH delta AS (
        SELECT c.checklist_item_code, l.district, c.unit_uscc, sum(c.sign) AS hazards,
               coalesce(sum(c.sign) FILTER (WHERE c.is_open), 0) AS open
        FROM unnest(changes) c CROSS JOIN LATERAL (VALUES (c.district), ('*')) l(district)
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
END
$$;

-- The transition tables are read once, keeping only the columns the rollups use; an UPDATE passes only the rows
-- whose statistics changed (a new plan text, report or attachment changes nothing here and costs one comparison).
CREATE FUNCTION hazard_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hazard_rollup_apply(ARRAY(SELECT hazard_change_of(1, n::hazard) FROM new_rows n));
    RETURN NULL;
END
$$;

CREATE FUNCTION hazard_rollup_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hazard_rollup_apply(ARRAY(SELECT hazard_change_of(-1, o::hazard) FROM old_rows o));
    RETURN NULL;
END
$$;

CREATE FUNCTION hazard_rollup_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes hazard_change[];
BEGIN
    SELECT array_agg(c) INTO changes
    FROM (SELECT hazard_change_of(-1, o::hazard) AS old, hazard_change_of(1, n::hazard) AS new
          FROM old_rows o JOIN new_rows n USING (id)) p
         CROSS JOIN LATERAL (VALUES (p.old), (p.new)) v(c)
    WHERE (p.old).district IS DISTINCT FROM (p.new).district
       OR (p.old).found_day IS DISTINCT FROM (p.new).found_day
       OR (p.old).listed IS DISTINCT FROM (p.new).listed
       OR (p.old).deadline IS DISTINCT FROM (p.new).deadline
       OR (p.old).closed_days IS DISTINCT FROM (p.new).closed_days
       OR (p.old).unit_uscc IS DISTINCT FROM (p.new).unit_uscc
       OR (p.old).keys IS DISTINCT FROM (p.new).keys;      -- status and checklist item are keys too
    IF changes IS NOT NULL THEN
        PERFORM hazard_rollup_apply(changes);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER hazard_rollup_insert AFTER INSERT ON hazard REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_insert();
CREATE TRIGGER hazard_rollup_update AFTER UPDATE ON hazard REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_update();
CREATE TRIGGER hazard_rollup_delete AFTER DELETE ON hazard REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_delete();

-- Rebuilds every rollup from the hazards, set-based: one pass over hazard into a narrow temporary table, then one
-- INSERT … SELECT … GROUP BY per rollup (the all-time common issues from the days).
-- For the migration below, and after a bulk load with the triggers disabled (ALTER TABLE hazard DISABLE TRIGGER
-- USER). Writers wait meanwhile (SHARE lock), so no write falls between the count and the triggers.
CREATE FUNCTION hazard_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE hazard IN SHARE MODE;
    TRUNCATE hazard_tally, hazard_open_tally, hazard_issue_day, hazard_issue_unit, hazard_issue;
    -- the keys are built again once, after the rows (a sort instead of a million index insertions): the same
    -- definitions as in the CREATE TABLEs above
    ALTER TABLE hazard_tally DROP CONSTRAINT hazard_tally_key;
    ALTER TABLE hazard_open_tally DROP CONSTRAINT hazard_open_tally_key;
    ALTER TABLE hazard_issue_day DROP CONSTRAINT hazard_issue_day_pkey;
    DROP INDEX hazard_issue_day_found;
    ALTER TABLE hazard_issue_unit DROP CONSTRAINT hazard_issue_unit_pkey;
    DROP TABLE IF EXISTS hazard_rebuild_change;
    CREATE TEMPORARY TABLE hazard_rebuild_change ON COMMIT DROP AS
        SELECT c.*, date_trunc('month', c.found_day)::date AS found_month
        FROM (SELECT (hazard_change_of(1, h)).* FROM hazard h) c;

    INSERT INTO hazard_tally (dimension, key, district, found_month, total, listed, verified, closed, closed_days)
    SELECT d.dimension, c.keys[d.i], c.district, c.found_month,
           count(*), count(*) FILTER (WHERE c.listed), count(*) FILTER (WHERE c.listed AND c.status = 'VERIFIED'),
           count(c.closed_days), coalesce(sum(c.closed_days), 0)
    FROM hazard_rebuild_change c CROSS JOIN unnest(hazard_dimensions()) WITH ORDINALITY d(dimension, i)
    GROUP BY 1, 2, 3, 4;
    INSERT INTO hazard_tally (dimension, key, district, found_month, total, listed, verified, closed, closed_days)
    SELECT dimension, key, '*', found_month, sum(total), sum(listed), sum(verified), sum(closed), sum(closed_days)
    FROM hazard_tally GROUP BY 1, 2, 4;

    INSERT INTO hazard_open_tally (dimension, key, district, found_month, deadline_month, open)
    SELECT d.dimension, c.keys[d.i], c.district, c.found_month, date_trunc('month', c.deadline)::date, count(*)
    FROM hazard_rebuild_change c CROSS JOIN unnest(hazard_dimensions()) WITH ORDINALITY d(dimension, i)
    WHERE c.is_open AND c.deadline IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO hazard_open_tally (dimension, key, district, found_month, deadline_month, open)
    SELECT dimension, key, '*', found_month, deadline_month, sum(open) FROM hazard_open_tally GROUP BY 1, 2, 4, 5;

    INSERT INTO hazard_issue_day (checklist_item_code, district, unit_uscc, found_day, hazards, open)
    SELECT checklist_item_code, district, unit_uscc, found_day, count(*), count(*) FILTER (WHERE is_open)
    FROM hazard_rebuild_change
    WHERE checklist_item_code IS NOT NULL AND status <> 'REMOVED'
    GROUP BY 1, 2, 3, 4;
    INSERT INTO hazard_issue_unit (checklist_item_code, district, unit_uscc, hazards)
    SELECT checklist_item_code, district, unit_uscc, sum(hazards) FROM hazard_issue_day GROUP BY 1, 2, 3;
    INSERT INTO hazard_issue_unit (checklist_item_code, district, unit_uscc, hazards)
    SELECT checklist_item_code, '*', unit_uscc, sum(hazards) FROM hazard_issue_unit GROUP BY 1, 3;
    INSERT INTO hazard_issue (checklist_item_code, district, units, hazards, open)
    SELECT checklist_item_code, district, count(DISTINCT unit_uscc), sum(hazards), sum(open)
    FROM hazard_issue_day GROUP BY 1, 2;
    INSERT INTO hazard_issue (checklist_item_code, district, units, hazards, open)
    SELECT u.checklist_item_code, '*', u.units, u.hazards, o.open
    FROM (SELECT checklist_item_code, count(*) AS units, sum(hazards) AS hazards FROM hazard_issue_unit
          WHERE district = '*' GROUP BY 1) u
         JOIN (SELECT checklist_item_code, sum(open) AS open FROM hazard_issue GROUP BY 1) o USING (checklist_item_code);

    ALTER TABLE hazard_tally ADD CONSTRAINT hazard_tally_key
        UNIQUE NULLS NOT DISTINCT (dimension, district, found_month, key);
    ALTER TABLE hazard_open_tally ADD CONSTRAINT hazard_open_tally_key
        UNIQUE NULLS NOT DISTINCT (dimension, district, found_month, deadline_month, key);
    ALTER TABLE hazard_issue_day ADD PRIMARY KEY (checklist_item_code, district, found_day, unit_uscc);
    CREATE INDEX hazard_issue_day_found ON hazard_issue_day (found_day, checklist_item_code);
    ALTER TABLE hazard_issue_unit ADD PRIMARY KEY (checklist_item_code, district, unit_uscc);
    ANALYZE hazard_tally, hazard_open_tally, hazard_issue_day, hazard_issue_unit, hazard_issue;
END
$$;

-- Fill the rollups from the hazards already there.
SELECT hazard_rollup_rebuild();
