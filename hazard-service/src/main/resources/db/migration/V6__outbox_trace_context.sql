-- Trace context carried through the outbox (issue 14): the W3C traceparent and tracestate of the span that wrote the
-- event; the relay sends them as Kafka headers, so the consumer continues the trace. Null for an event written outside
-- any trace and for the rows written before this column. (The outbox table itself is created by the platform's
-- db/platform migrations; this column is added per service so that it sorts after the service's own migrations.)
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(55);
ALTER TABLE outbox_event ADD COLUMN tracestate  VARCHAR(512);
