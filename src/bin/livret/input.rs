//! Reading the programme file: the one path from a file name to text,
//! shared by every subcommand (read, then decode as UTF-8).

use std::path::{Path, PathBuf};

use crate::i18n::t;
use crate::report;

/// A programme file read and decoded.
pub struct Input {
    /// The path as given.
    pub path: PathBuf,
    /// Its text, without a byte-order mark.
    pub text: String,
}

impl Input {
    /// The folder logos and fonts are resolved against.
    pub fn base(&self) -> PathBuf {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }
}

/// Read and decode the programme file. On failure the problem has been
/// reported and `None` is returned.
pub fn read(file: &Path) -> Option<Input> {
    use livret::files::ReadError;
    let limit = livret::MAX_INPUT_BYTES as u64;
    let bytes = match livret::files::read(file, limit) {
        Ok(b) => b,
        Err(e) => {
            let missing = e == ReadError::Missing;
            let why = match e {
                ReadError::Missing => t("why-missing", &[]),
                ReadError::NotAFile => t("why-not-a-file", &[]),
                ReadError::TooLarge(n) => t(
                    "why-too-large",
                    &[
                        ("size", livret::files::size_in(n, crate::i18n::language())),
                        ("limit", livret::files::size_in(limit, crate::i18n::language())),
                    ],
                ),
                ReadError::Other(e) => e,
            };
            eprintln!("{}", t("cannot-read", &[("file", report::safe(&file.display().to_string())), ("why", why)]));
            if file == Path::new("programme.toml") && missing {
                eprintln!("  = {}", t("hint-run-here", &[]));
            }
            return None;
        }
    };
    match livret::decode(&bytes) {
        Ok(text) => Some(Input { path: file.to_path_buf(), text: text.to_owned() }),
        Err(d) => {
            report::draw(file, &String::from_utf8_lossy(&bytes), &d);
            None
        }
    }
}

/// Read the programme file and load it. On failure every problem has been
/// reported against the file and `None` is returned.
pub fn load(file: &Path) -> Option<(Input, livret::Warned<livret::model::Programme>)> {
    let input = read(file)?;
    match livret::load(&input.text, &input.base()) {
        Ok(loaded) => Some((input, loaded)),
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            None
        }
    }
}
