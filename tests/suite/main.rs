//! livret's integration tests, one binary with a module per subject (as
//! ripgrep, resvg and typst keep theirs): one link step instead of fifteen.
//! `cargo test --test suite visual` runs one module; `LIVRET_BLESS=1 cargo
//! test` rewrites the expected outputs (`common::blessing`).

mod common;

mod diff;
mod docs;
mod export;
mod fidelity;
mod handouts;
mod hostile;
mod layout;
mod messages;
mod pdf;
mod refusals;
mod robustness;
mod schema;
mod seed;
mod typesetting;
mod visual;
mod watch;
