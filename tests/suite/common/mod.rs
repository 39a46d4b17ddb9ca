//! Helpers shared by the integration tests: a scratch folder per test and
//! running the `livret` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A minimal valid programme.
pub const MINIMAL: &str = r#"[event]
title = "Journée d'essai"

[[day]]
date = 2024-03-12

[[day.slot]]
start = "9h30"
end = "10h"
title = "Accueil"
"#;

/// A fresh, empty folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("livret-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    dir
}

/// The `livret` command, with its messages in English whatever the
/// machine's language.
pub fn command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_livret"));
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C.UTF-8");
    c
}

/// Run `livret` with arguments in a folder.
pub fn livret(dir: &Path, args: &[&str]) -> Output {
    command().args(args).current_dir(dir).output().expect("run livret")
}

/// The repository's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text of a PDF in drawing order (see `pdfread`).
pub fn pdf_text(pdf: &Path) -> String {
    Pdf::open(pdf).text()
}

/// `LIVRET_BLESS=1`: the tests rewrite their expected outputs (text
/// goldens, the schema, the reference renders) instead of comparing.
pub fn blessing() -> bool {
    std::env::var_os("LIVRET_BLESS").is_some()
}

/// Compare with `tests/golden/NAME.txt`, or rewrite it when blessing.
pub fn golden(name: &str, actual: &str) {
    expect_file(&format!("tests/golden/{name}.txt"), actual);
}

/// Compare with the file at `rel` (from the repository's root), or
/// rewrite it when blessing; a difference names its first differing line.
pub fn expect_file(rel: &str, actual: &str) {
    let path = root().join(rel);
    if blessing() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no file {}: run LIVRET_BLESS=1 cargo test", path.display()));
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(a, b)| a != b);
        let at = first.unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{rel}: output differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\nIf the change is intended, run LIVRET_BLESS=1 cargo test",
            path.display(),
            at + 1,
            expected.lines().nth(at),
            actual.lines().nth(at)
        );
    }
}

/// Copy the repository's `assets/` (the seed's logos) into `dir`.
pub fn copy_assets(dir: &Path) {
    let to = dir.join("assets");
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(root().join("assets")).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

pub mod pdfread;
pub use pdfread::Pdf;
