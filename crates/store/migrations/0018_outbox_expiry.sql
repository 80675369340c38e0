-- Expiring what waited too long reads only waiting messages by their
-- send-before time, however large the outbox has grown.
CREATE INDEX outbox_expiry ON outbox (status, send_before_ms);
