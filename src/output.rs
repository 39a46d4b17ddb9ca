//! Writing the brochure without ever destroying the last good one: the
//! bytes go to a temporary file in the target folder, are flushed to disk,
//! and only then renamed over the old file (an atomic step on the same
//! file system).
//!
//! Temporary files are named `.livret-PID-N.tmp`, whatever the target's
//! name, so that a target name of the file system's maximum length (255
//! bytes) still has room for its temporary file. While they exist they are
//! listed, so that an interruption (Ctrl-C, the window closed, `kill`) can
//! remove them: [`remove_pending_and_exit`].
//!
//! The folder itself is not flushed after the rename: after a power cut
//! the folder then shows either the old PDF or the new one, both complete,
//! which is the promise; flushing it too cost 0.1 ms of a 10 ms build.
//!
//! `livret watch` flushes after the rename instead ([`Flush`]), so the
//! new PDF is in place a flush sooner; a watch's PDF is made again from
//! the saved programme at the next save.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Temporary files written and not yet renamed or removed.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Remove the temporary files of writes under way, and keep any new one
/// from being made: for a signal handler about to end the process (the
/// lock is held until it does, so the writer blocks before creating its
/// next file). The targets are untouched: the last good PDF stays. The
/// renames of one write hold the lock too, so a signal comes before all
/// of them or after all of them. `say` is told whether a write was cut
/// short (`true`: nothing was replaced) before the process ends.
pub fn remove_pending_and_exit(code: i32, say: impl Fn(bool)) -> ! {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    let cut = !pending.is_empty();
    remove_all(&mut pending);
    say(cut);
    std::process::exit(code)
}

fn remove_all(pending: &mut Vec<PathBuf>) {
    for p in pending.drain(..) {
        let _ = fs::remove_file(p);
    }
}

/// Add a temporary file to the list of those under way.
fn list(path: &Path) {
    PENDING.lock().unwrap_or_else(|e| e.into_inner()).push(path.to_path_buf());
}

/// Take a temporary file off the list (renamed or removed).
fn unlist(path: &Path) {
    PENDING.lock().unwrap_or_else(|e| e.into_inner()).retain(|q| q != path);
}

/// When written files are flushed to disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flush {
    /// Before the rename: after a power cut the folder shows the old file
    /// or the new one, both complete (`livret build`).
    BeforeRename,
    /// After the rename, so the new file is in place a flush sooner: a
    /// power cut in the milliseconds of that flush may leave it empty or
    /// cut short (`livret watch`, which builds it again at the next save;
    /// an error in the programme still never replaces it).
    AfterRename,
}

/// Write several files, all or none: every file is first written in full
/// to a temporary file beside its target; only when all are written are
/// they renamed into place. If any write fails, no target is touched.
/// Flushed to disk before the renames.
pub fn write_all_atomic(files: &[(&Path, &[u8])]) -> Result<(), (usize, io::Error)> {
    write_all(files, Flush::BeforeRename)
}

/// [`write_all_atomic`], flushed to disk when `flush` says.
pub fn write_all(files: &[(&Path, &[u8])], flush: Flush) -> Result<(), (usize, io::Error)> {
    // A target that is a folder, a device or a symbolic link is refused
    // before anything is written: replacing it would not be what the
    // user meant, and a rename onto it could fail half-way.
    for (i, (path, _)) in files.iter().enumerate() {
        if let Ok(m) = fs::symlink_metadata(path)
            && !m.file_type().is_file()
        {
            let what = if m.is_dir() {
                "a folder"
            } else if m.file_type().is_symlink() {
                "a link"
            } else {
                "not a file"
            };
            return Err((i, io::Error::other(format!("{} is {what}, not a PDF file", path.display()))));
        }
    }
    let mut temps = Vec::with_capacity(files.len());
    let mut handles = Vec::with_capacity(files.len());
    for (i, (path, bytes)) in files.iter().enumerate() {
        match write_temp(path, bytes, flush == Flush::BeforeRename) {
            Ok((tmp, file)) => {
                temps.push(tmp);
                // Closed before the rename unless flushed after it.
                if flush == Flush::AfterRename {
                    handles.push(file);
                }
            }
            Err(e) => {
                for t in &temps {
                    let _ = fs::remove_file(t);
                    unlist(t);
                }
                return Err((i, e));
            }
        }
    }
    // All renames under the list's lock: an interruption waits for them.
    let mut list = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    for (i, (tmp, (path, _))) in temps.iter().zip(files).enumerate() {
        if let Err(e) = put_in_place(tmp, path, flush) {
            for t in &temps[i..] {
                let _ = fs::remove_file(t);
            }
            list.retain(|q| !temps.contains(q));
            return Err((i, e));
        }
    }
    list.retain(|q| !temps.contains(q));
    drop(list);
    if flush == Flush::AfterRename {
        // The handles still point at the files, now under their names.
        for (i, f) in handles.iter().enumerate() {
            f.sync_all().map_err(|e| (i, e))?;
        }
    }
    Ok(())
}

/// Rename `tmp` over `path`.
///
/// A file not yet flushed is swapped with the old one instead
/// (`renameat2` with `RENAME_EXCHANGE`, Linux), and the old one, now under
/// the temporary name, removed. Just as atomic, but ext4 writes a file
/// renamed over another out to disk before the rename returns (its
/// `auto_da_alloc` guard against empty files after a power cut): 0.4 ms
/// of a watch's 4 ms rebuild for the seed's 92 KB, against 0.05 ms for the
/// swap. The watch flushes the file right after ([`Flush::AfterRename`]).
fn put_in_place(tmp: &Path, path: &Path, flush: Flush) -> io::Result<()> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if flush == Flush::AfterRename {
        use nix::fcntl::{AT_FDCWD, RenameFlags, renameat2};
        // Fails when there is no old file, or the file system cannot
        // swap: then a plain rename.
        if renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RenameFlags::RENAME_EXCHANGE).is_ok() {
            // The new PDF is in place; an old one left behind under a
            // hidden name (a removal refused) is untidy, not an error.
            let _ = fs::remove_file(tmp);
            return Ok(());
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = flush;
    fs::rename(tmp, path)
}

/// Write `bytes` to a temporary file beside `path`, flushed to disk if
/// `flush`; its path and the open file.
fn write_temp(path: &Path, bytes: &[u8], flush: bool) -> io::Result<(PathBuf, File)> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".livret-{}-{n}.tmp", std::process::id()));
    // Listed before it exists: an interruption between the two finds it.
    list(&tmp);
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        if flush {
            f.sync_all()?;
        }
        Ok(f)
    })();
    match result {
        Ok(f) => Ok((tmp, f)),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            unlist(&tmp);
            Err(e)
        }
    }
}

/// Write `bytes` to `path` atomically, creating the parent folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_all_atomic(&[(path, bytes)]).map_err(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_creates() {
        let dir = std::env::temp_dir().join(format!("livret-out-{}", std::process::id()));
        let p = dir.join("sub/x.pdf");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        // A watch's write, flushed after the rename, replaces it alike.
        write_all(&[(&p, b"three")], Flush::AfterRename).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"three");
        let leftovers: Vec<_> = fs::read_dir(dir.join("sub")).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
        // (Other tests write at the same time: only this folder is looked at.)
        assert!(!PENDING.lock().unwrap().iter().any(|p| p.starts_with(&dir)), "renamed files are no longer pending");
        // The longest name a file system allows still gets its temporary.
        let long = dir.join(format!("{}.pdf", "a".repeat(251)));
        write_atomic(&long, b"four").unwrap();
        assert_eq!(fs::read(&long).unwrap(), b"four");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_interruption_removes_the_temporary_files_and_keeps_the_target() {
        let dir = std::env::temp_dir().join(format!("livret-out-int-{}", std::process::id()));
        let target = dir.join("p.pdf");
        write_atomic(&target, b"old").unwrap();
        // A write stopped between its temporary file and the rename.
        let (tmp, _) = write_temp(&target, b"new, half written", true).unwrap();
        assert!(tmp.exists());
        let name = tmp.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(".livret-") && name.ends_with(".tmp"), "{name}");
        {
            let mut pending = PENDING.lock().unwrap();
            assert!(pending.contains(&tmp));
            // Only this test's files: another test's write may be under
            // way at the same time, and removing its temporary file made
            // it fail now and then.
            let mut mine: Vec<PathBuf> = pending.iter().filter(|p| p.starts_with(&dir)).cloned().collect();
            pending.retain(|p| !p.starts_with(&dir));
            remove_all(&mut mine);
        }
        assert!(!tmp.exists(), "the temporary file is removed");
        assert_eq!(fs::read(&target).unwrap(), b"old", "the last good file stays");
        fs::remove_dir_all(dir).unwrap();
    }
}
