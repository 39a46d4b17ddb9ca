//! The `livret` binary that the process benchmarks run (`bench_process`,
//! `bench_watch`): `LIVRET_BIN`, else the release build.

use std::path::{Path, PathBuf};

/// `LIVRET_BIN`, else `target/release/livret` under `root`; `None`, after
/// saying how to build it, when it does not exist.
pub fn release_binary(root: &Path) -> Option<PathBuf> {
    let binary = std::env::var_os("LIVRET_BIN").map_or_else(|| root.join("target/release/livret"), PathBuf::from);
    if !binary.exists() {
        eprintln!("{} does not exist: run `cargo build --release` first", binary.display());
        return None;
    }
    Some(binary)
}
