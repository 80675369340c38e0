-- The time zone organizers set for a pool: its times are shown in it to
-- readers who chose none, and its messages use it. Projected from
-- pool_time_zone_set; none means UTC.
ALTER TABLE pools ADD COLUMN time_zone TEXT;
