//! The web server, started for real on 127.0.0.1:0 and spoken to over HTTP.

mod harness;

mod api;
mod browser;
mod budgeting;
mod calendar;
mod decisions;
mod discussion;
mod floods;
mod formation;
mod invites;
mod notify;
mod pages;
mod proxies;
mod secret;
mod settings;
mod stv;
mod treasury;
mod webhooks;
