//! The storage contract suite: every test runs the real use cases on SQLite,
//! and on PostgreSQL when `POOLS_TEST_POSTGRES_URL` is set.

mod harness;

mod accounts;
mod available;
mod budgeting;
mod concurrency;
mod decisions;
mod discussion;
mod floods;
mod formation;
mod groups;
mod invites;
mod journal;
mod mail;
mod notify;
mod pools;
mod proxies;
mod secret;
mod stv;
mod treasury;
mod webhooks;
