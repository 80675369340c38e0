-- The entry of the pool's own chain that records a decision's result
-- (`pools_core::chain`), beside the global one (closed_seq, closed_hash).
ALTER TABLE decisions ADD COLUMN closed_chain_seq BIGINT;
ALTER TABLE decisions ADD COLUMN closed_chain_hash TEXT;
