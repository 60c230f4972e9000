-- Parking (issue 9): a row the broker refuses for a reason that does not pass by itself (too large, not
-- serialisable, not authorised) is parked: kept, marked with the error, excluded from the drain. It holds back
-- the later rows of its own aggregate only, until an operator re-queues it (parked_at cleared) or discards it.
ALTER TABLE outbox_event ADD COLUMN parked_at    TIMESTAMPTZ;
ALTER TABLE outbox_event ADD COLUMN park_error   TEXT;
ALTER TABLE outbox_event ADD COLUMN discarded_at TIMESTAMPTZ;
ALTER TABLE outbox_event ADD COLUMN discarded_by VARCHAR(200);

DROP INDEX outbox_event_unsent;
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (topic, aggregate_id)
    WHERE parked_at IS NOT NULL AND discarded_at IS NULL;
