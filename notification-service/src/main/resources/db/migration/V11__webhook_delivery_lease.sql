-- Webhook deliveries are sent outside any database transaction (API.md v1.1): a replica claims a due delivery by
-- leasing it (lease_until, lease_owner) in a short transaction, sends it, and records the result in another. A lease
-- that runs out (the replica died while sending) makes the delivery due again. One delivery per subscription is
-- leased at a time, so a slow receiver holds back only its own deliveries.
ALTER TABLE delivery ADD COLUMN lease_until TIMESTAMPTZ;
ALTER TABLE delivery ADD COLUMN lease_owner VARCHAR(100);
CREATE INDEX delivery_leased ON delivery (subscription_id) WHERE lease_until IS NOT NULL;
