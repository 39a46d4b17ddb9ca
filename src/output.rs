//! Writing the brochure without ever destroying the last good one: the
//! bytes go to a temporary file in the target folder, are flushed to disk,
//! and only then renamed over the old file (an atomic step on the same
//! file system).
//!
//! Temporary files are named `.livret-<16 random hex digits>.tmp`,
//! whatever the target's name, so that a target name of the file
//! system's maximum length (255 bytes) still has room for its temporary
//! file; they are created exclusively, so a link planted under a
//! name another program guessed is never followed. While they exist they are
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

use std::fs::{self, File, OpenOptions};
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

/// Why a write failed: which file, why, and which files were left
/// replaced all the same (none, unless putting the old ones back failed
/// too).
#[derive(Debug)]
pub struct WriteError {
    /// The file that could not be written, as an index into the list.
    pub index: usize,
    /// Why.
    pub cause: Cause,
    /// Files of the list that now hold the new bytes although the write
    /// as a whole failed: the old ones could not be put back. Empty in
    /// all but the rarest cases (another program holding the new file
    /// in the very same milliseconds, a folder without hard links).
    pub replaced: Vec<usize>,
}

/// What kept a file from being written, for the caller to word.
#[derive(Debug)]
pub enum Cause {
    /// The target is a folder.
    Folder,
    /// The target is a symbolic link, which is never written through.
    Link,
    /// The target is a device, a pipe or a socket.
    NotAFile,
    /// What the system said.
    Io(io::Error),
}

impl WriteError {
    fn io(index: usize, e: io::Error) -> Self {
        WriteError { index, cause: Cause::Io(e), replaced: Vec::new() }
    }
}

/// Write several files, all or none: every file is first written in full
/// to a temporary file beside its target; only when all are written are
/// they renamed into place. If any write fails, no target is touched.
/// Flushed to disk before the renames.
pub fn write_all_atomic(files: &[(&Path, &[u8])]) -> Result<(), WriteError> {
    write_all(files, Flush::BeforeRename)
}

/// [`write_all_atomic`], flushed to disk when `flush` says.
pub fn write_all(files: &[(&Path, &[u8])], flush: Flush) -> Result<(), WriteError> {
    // A target that is a folder, a device or a symbolic link is refused
    // before anything is written: replacing it would not be what the
    // user meant, and a rename onto it could fail half-way.
    for (i, (path, _)) in files.iter().enumerate() {
        if let Ok(m) = fs::symlink_metadata(path)
            && !m.file_type().is_file()
        {
            let cause = if m.is_dir() {
                Cause::Folder
            } else if m.file_type().is_symlink() {
                Cause::Link
            } else {
                Cause::NotAFile
            };
            return Err(WriteError { index: i, cause, replaced: Vec::new() });
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
                return Err(WriteError::io(i, e));
            }
        }
    }
    let targets: Vec<&Path> = files.iter().map(|(p, _)| *p).collect();
    // All renames under the list's lock: an interruption waits for them.
    let mut list = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    let renamed = rename_all(&temps, &targets, flush);
    list.retain(|q| !temps.contains(q));
    drop(list);
    renamed?;
    if flush == Flush::AfterRename {
        // The handles still point at the files, now under their names.
        for (i, f) in handles.iter().enumerate() {
            f.sync_all().map_err(|e| WriteError::io(i, e))?;
        }
    }
    Ok(())
}

/// Rename each temporary file over its target, all or none: when one
/// rename fails (on Windows, a PDF open in a viewer), the targets already
/// replaced get their old files back. To that end each old file is kept
/// under a second name (a hard link: no copy) until all are in place;
/// one file alone needs none.
fn rename_all(temps: &[PathBuf], targets: &[&Path], flush: Flush) -> Result<(), WriteError> {
    let keep = targets.len() > 1;
    let olds: Vec<Old> = targets.iter().map(|t| if keep { Old::keep(t) } else { Old::Lost }).collect();
    let mut result = Ok(());
    for (i, (tmp, path)) in temps.iter().zip(targets).enumerate() {
        if let Err(e) = put_in_place(tmp, path, flush) {
            for t in &temps[i..] {
                let _ = fs::remove_file(t);
            }
            let replaced = (0..i).filter(|&j| !olds[j].restore(targets[j])).collect();
            result = Err(WriteError { index: i, cause: Cause::Io(e), replaced });
            break;
        }
    }
    for old in &olds {
        old.forget();
    }
    result
}

/// A target's old file while its new one is put in place.
enum Old {
    /// There was none (a first build).
    None,
    /// Kept under a second, hidden name.
    Kept(PathBuf),
    /// Not kept: the folder takes no hard links (FAT), or one file alone
    /// is written.
    Lost,
}

impl Old {
    /// Keep `target`'s old file under a second name.
    fn keep(target: &Path) -> Old {
        let mut missing = false;
        match fresh_name(target, "old", |p| {
            fs::hard_link(target, p).inspect_err(|e| missing = e.kind() == io::ErrorKind::NotFound)
        }) {
            Ok(path) => Old::Kept(path),
            Err(_) if missing => Old::None,
            Err(_) => Old::Lost,
        }
    }

    /// Put the old file back over the new one; whether it is back (or,
    /// when there was none, the new one gone again).
    fn restore(&self, target: &Path) -> bool {
        match self {
            Old::None => fs::remove_file(target).is_ok(),
            Old::Kept(old) => fs::rename(old, target).is_ok(),
            Old::Lost => false,
        }
    }

    /// Drop the second name, if it is still there.
    fn forget(&self) {
        if let Old::Kept(old) = self {
            let _ = fs::remove_file(old);
        }
    }
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
    #[cfg(test)]
    if tests::HELD.with(|h| h.borrow().as_deref() == Some(path)) {
        // A file another program holds (a viewer on Windows).
        return Err(io::Error::from(io::ErrorKind::ResourceBusy));
    }
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
    fs::create_dir_all(folder(path))?;
    let mut file = None;
    // Listed before it exists: an interruption between the two finds it.
    let tmp = fresh_name(path, "tmp", |p| {
        list(p);
        let f = OpenOptions::new().write(true).create_new(true).open(p);
        if f.is_err() {
            unlist(p);
        }
        file = Some(f?);
        Ok(())
    })?;
    let result = (|| {
        let mut f = file.take().expect("created by fresh_name");
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

/// The folder `path` is in.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Make a new file beside `path` under a hidden name no other program
/// can guess (`.livret-<random>.<ext>`), with `make`, which must fail
/// when the name exists (exclusive creation, which never follows a
/// link planted there); the name it made. A few tries, each with a new
/// name, before giving up.
fn fresh_name(path: &Path, ext: &str, mut make: impl FnMut(&Path) -> io::Result<()>) -> io::Result<PathBuf> {
    let mut last = None;
    for _ in 0..8 {
        let candidate = folder(path).join(format!(".livret-{:016x}.{ext}", random()));
        match make(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists)))
}

/// 64 bits no other process can predict: the standard library seeds
/// each hasher's keys from the system's randomness.
fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    static N: AtomicUsize = AtomicUsize::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_usize(N.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

/// Write `bytes` to `path` atomically, creating the parent folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_all_atomic(&[(path, bytes)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// A target this thread's renames fail on, as a file held open
        /// by a viewer on Windows refuses them.
        pub static HELD: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("livret-out-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn editions_are_replaced_all_or_none() {
        let dir = scratch("all-or-none");
        let [a, b, c] = ["a.pdf", "b.pdf", "c.pdf"].map(|n| dir.join(n));
        write_atomic(&a, b"old a").unwrap();
        write_atomic(&c, b"old c").unwrap();
        // The third cannot be replaced: the first two were, and get
        // their old files back (b had none: it is gone again).
        HELD.with(|h| *h.borrow_mut() = Some(c.clone()));
        let e = write_all_atomic(&[(&a, b"new a"), (&b, b"new b"), (&c, b"new c")]).unwrap_err();
        HELD.with(|h| *h.borrow_mut() = None);
        assert_eq!(e.index, 2);
        assert!(e.replaced.is_empty(), "{:?}", e.replaced);
        assert!(matches!(&e.cause, Cause::Io(io) if io.kind() == io::ErrorKind::ResourceBusy));
        assert_eq!(fs::read(&a).unwrap(), b"old a");
        assert!(!b.exists());
        assert_eq!(fs::read(&c).unwrap(), b"old c");
        assert_eq!(names(&dir), ["a.pdf", "c.pdf"], "no second name or temporary file is left");
        // Held no more: all three are replaced.
        write_all_atomic(&[(&a, b"new a"), (&b, b"new b"), (&c, b"new c")]).unwrap();
        assert_eq!([&a, &b, &c].map(|p| fs::read(p).unwrap()), [b"new a", b"new b", b"new c"]);
        assert_eq!(names(&dir), ["a.pdf", "b.pdf", "c.pdf"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_link_is_never_followed() {
        let dir = scratch("planted");
        let victim = dir.join("victim.txt");
        fs::write(&victim, b"precious").unwrap();
        let target = dir.join("p.pdf");
        // Links planted under the name the write first tries: it takes
        // another name and writes nothing through them.
        let mut tries = Vec::new();
        let made = fresh_name(&target, "tmp", |p| {
            tries.push(p.to_path_buf());
            if tries.len() == 1 {
                std::os::unix::fs::symlink(&victim, p).unwrap();
            }
            OpenOptions::new().write(true).create_new(true).open(p)?.write_all(b"new")
        })
        .unwrap();
        assert_eq!(tries.len(), 2);
        assert_ne!(made, tries[0]);
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert_eq!(fs::read(&made).unwrap(), b"new");
        // Names cannot be guessed: no two alike, no process id in them.
        let a = fresh_name(&target, "tmp", |_| Ok(())).unwrap();
        let b = fresh_name(&target, "tmp", |_| Ok(())).unwrap();
        assert_ne!(a, b);
        assert!(!a.file_name().unwrap().to_string_lossy().contains(&std::process::id().to_string()));
        fs::remove_dir_all(dir).unwrap();
    }

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
