//! Reading the programme file: the one path from a file name to text,
//! shared by every subcommand (read, then decode as UTF-8).

use std::path::{Path, PathBuf};

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
        self.path.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

/// Read and decode the programme file. On failure the problem has been
/// reported and `None` is returned.
pub fn read(file: &Path) -> Option<Input> {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let why = match e.kind() {
                std::io::ErrorKind::NotFound => "the file does not exist".to_owned(),
                _ => e.to_string(),
            };
            eprintln!("error: cannot read {}: {why}", file.display());
            if file == Path::new("programme.toml") {
                eprintln!(
                    "  = hint: run livret in the folder that holds programme.toml, or give the file's path: livret build path/to/programme.toml"
                );
            }
            return None;
        }
    };
    match livret::source::decode(&bytes) {
        Ok(text) => Some(Input { path: file.to_path_buf(), text: text.to_owned() }),
        Err(d) => {
            report::draw(file, &String::from_utf8_lossy(&bytes), &d);
            None
        }
    }
}
