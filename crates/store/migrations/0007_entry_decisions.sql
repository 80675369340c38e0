-- Entries that a decision caused (payout authorized, paid or cancelled)
-- name that decision, so the books link every outgoing to its vote.

ALTER TABLE ledger_entries ADD COLUMN decision_id TEXT REFERENCES decisions (id);
