//! Any bytes → `source::decode` → `livret::load` (parse and validate).
//! Errors are the expected outcome for most inputs; only panics, hangs and
//! runaway memory count as findings.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = livret::decode(data) {
        let _ = livret::load(text, &base());
    }
});

/// The repository root, so that the seed's `assets/…` logos resolve
/// whatever folder the fuzzer is started from.
fn base() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}
