//! Reading the files a programme points at (and the programme itself)
//! without trusting them: only regular files, and never more than a limit,
//! so that a FIFO does not hang a build and `/dev/zero` or a 3 GB file does
//! not fill the memory. A leaf module.

use std::io::Read;
use std::path::Path;

/// Why a file could not be read, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// It does not exist.
    Missing,
    /// It is a folder, a device, a pipe…
    NotAFile,
    /// It is larger than the limit (bytes).
    TooLarge(u64),
    /// The system's words.
    Other(String),
}

/// The bytes of the regular file at `path`, at most `limit` of them.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::Missing,
        _ => ReadError::Other(e.to_string()),
    })?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::Other(e.to_string()))?;
    // The file may grow while it is read: never take more than the limit.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Other(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A size in words: `12.3 MB`, `850 KB`.
pub fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        let mb = bytes as f64 / (1024.0 * 1024.0);
        if (mb - mb.round()).abs() < 0.05 { format!("{mb:.0} MB") } else { format!("{mb:.1} MB") }
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// [`size_text`] in a language's units: `2,5 Mo` in French.
pub fn size_in(bytes: u64, lang: crate::model::Language) -> String {
    let size = size_text(bytes);
    match lang {
        crate::model::Language::French => crate::locale::french_size(&size).unwrap_or(size),
        crate::model::Language::English => size,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_folders_devices_and_large_files() {
        assert_eq!(read(Path::new("/"), 10), Err(ReadError::NotAFile));
        if Path::new("/dev/zero").exists() {
            assert_eq!(read(Path::new("/dev/zero"), 10), Err(ReadError::NotAFile));
        }
        assert_eq!(read(Path::new("/nonexistent/x"), 10), Err(ReadError::Missing));
        let p = std::env::temp_dir().join(format!("livret-files-{}", std::process::id()));
        std::fs::write(&p, b"hello").unwrap();
        assert_eq!(read(&p, 10).unwrap(), b"hello");
        assert_eq!(read(&p, 3), Err(ReadError::TooLarge(5)));
        std::fs::remove_file(p).unwrap();
    }
}
