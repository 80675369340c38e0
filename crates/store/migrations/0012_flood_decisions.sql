-- A Flood decision under the double majority keeps each member pool's
-- electorate from when voting opened.

ALTER TABLE decisions ADD COLUMN member_pools TEXT;
