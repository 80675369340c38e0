//! The pure domain of Pools: no I/O, no async, no database.
//!
//! Everything here is a value or a pure function, so the rules that matter
//! (one person one vote, money conservation, the journal chain) can be tested
//! exhaustively and reused by every adapter without being written twice.

pub mod audit;
pub mod bank;
pub mod budget;
pub mod calendar;
pub mod chain;
pub mod decision;
pub mod discussion;
pub mod event;
pub mod flood;
pub mod formation;
pub mod journal;
pub mod ledger;
pub mod mail;
pub mod meetup;
pub mod membership;
pub mod money;
pub mod msg;
pub mod notify;
pub mod proxy;
pub mod rules;
pub mod secret;
pub mod stored;
pub mod stv;
pub mod text;
pub mod webhook;

pub use event::Event;
pub use money::{Currency, Money};
pub use rules::Rules;
