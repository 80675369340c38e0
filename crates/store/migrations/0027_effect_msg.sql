-- Why a passed decision's effect did not happen, as a message each reader
-- is told in their own language (JSON, `pools_core::msg::Msg`); projected
-- from the refusal's `note`. Refusals recorded before notes were kept have
-- only their English, in round_note.
ALTER TABLE decisions ADD COLUMN effect_msg TEXT;
