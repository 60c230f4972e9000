-- A hazard's nested records become jsonb (issue 12): Hibernate maps them as typed values (Hazard.java,
-- @JdbcTypeCode(SqlTypes.JSON)), the list's summary view leaves them unread, and the database checks that they
-- are JSON. They stay beside the hazard rather than in child tables: every read that needs them needs all of them
-- with the hazard (the full view, the export), and nothing queries inside them, so one row read beats six joins.
-- The text written so far is the same JSON (common/Json.java): the cast keeps every value; an empty text (never
-- written by the code, but harmless to allow) becomes NULL, which is read as "none" as before.
ALTER TABLE hazard
    ALTER COLUMN inspectors          TYPE jsonb USING NULLIF(btrim(inspectors), '')::jsonb,
    ALTER COLUMN plan                TYPE jsonb USING NULLIF(btrim(plan), '')::jsonb,
    ALTER COLUMN plan_history        TYPE jsonb USING NULLIF(btrim(plan_history), '')::jsonb,
    ALTER COLUMN reports             TYPE jsonb USING NULLIF(btrim(reports), '')::jsonb,
    ALTER COLUMN verifications       TYPE jsonb USING NULLIF(btrim(verifications), '')::jsonb,
    ALTER COLUMN enforcement_actions TYPE jsonb USING NULLIF(btrim(enforcement_actions), '')::jsonb,
    ALTER COLUMN history             TYPE jsonb USING NULLIF(btrim(history), '')::jsonb;

-- The list's default order is found_at DESC with the id as tie-break in the same direction (keyset paging,
-- platform paging/PageRequest.keyset): each scope reads its first page, and any page after a cursor, straight off
-- one of these indexes (scanned backwards) instead of sorting what it may see. They replace the narrower ones.
DROP INDEX hazard_found_at;
CREATE INDEX hazard_found_at_id ON hazard (found_at, id);
DROP INDEX hazard_district_found;
CREATE INDEX hazard_district_found_id ON hazard (district, found_at, id);
DROP INDEX hazard_unit_uscc;
CREATE INDEX hazard_unit_uscc_found_id ON hazard (unit_uscc, found_at, id);
