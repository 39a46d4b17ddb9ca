//! Any bytes → `source::decode` → `livret::build` (the whole pipeline, PDF
//! bytes included). Inputs over 64 KB are skipped to keep iterations fast:
//! size limits are the validate target's business.
#![no_main]

use libfuzzer_sys::fuzz_target;

const MAX_LEN: usize = 64 * 1024;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_LEN {
        return;
    }
    if let Ok(text) = livret::decode(data) {
        let _ = livret::build(text, &base(), &livret::Options::default());
    }
});

/// The repository root, so that the seed's `assets/…` logos resolve
/// whatever folder the fuzzer is started from.
fn base() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}
