-- Wakes the outbox relay: one NOTIFY per statement that writes events, delivered by PostgreSQL at commit (never for a
-- rollback; several in one transaction are folded into one). Done by the database rather than by a `SELECT pg_notify`
-- after each insert, which cost every transaction that records an event one more round trip (docs/footprint.md).
-- Repeatable (R__): it runs after the versioned migrations of every service that includes db/platform, on a new
-- database and on one that already has them, and again only if this file changes.
CREATE OR REPLACE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sed_outbox', '');
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS outbox_event_notify ON outbox_event;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
