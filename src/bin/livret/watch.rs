//! `livret watch`: build, then build again on every save of the programme
//! or of a logo or font it uses, until Ctrl-C.
//!
//! Editors save by writing a temporary file and renaming it over the old
//! one, so the folders are watched, not the files' inodes, and an event
//! counts when it names one of the files by path. A file renamed into place
//! is complete and is built at once; a file written in place comes in a
//! burst of events, and the watch waits until it has been quiet for a few
//! milliseconds.
//! A rebuild reuses the same session (fonts and shaping cache stay warm)
//! and the same code as `livret build`; a mistake is shown and the last
//! good PDF stays. Ctrl-C (or SIGTERM, SIGHUP) stops between two builds,
//! so no temporary file is left behind.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use livret::Session;
use livret::output::Flush;
use notify::{RecursiveMode, Watcher};

use crate::args::WatchArgs;
use crate::build::build_once;
use crate::i18n::t;

/// How long the files must be quiet before a rebuild.
const QUIET: Duration = Duration::from_millis(8);
/// The longest a burst of events delays a rebuild.
const MAX_WAIT: Duration = Duration::from_millis(200);

enum Message {
    Files(notify::Result<notify::Event>),
    Stop,
}

/// Run `livret watch`.
pub fn run(args: &WatchArgs) -> ExitCode {
    let file = absolute(&args.programme.file);
    let mut session = Session::default();
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(Message::Stop);
    }) {
        eprintln!("{}", t("cannot-watch", &[("why", e.to_string())]));
        return ExitCode::FAILURE;
    }
    let mut watcher = match notify::recommended_watcher(move |event| {
        let _ = tx.send(Message::Files(event));
    }) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{}", t("cannot-watch", &[("why", e.to_string())]));
            return ExitCode::FAILURE;
        }
    };
    let mut watched: BTreeSet<PathBuf> = BTreeSet::new();
    rebuild(&file, args, &mut session, Instant::now());
    let mut announced = false;
    // The rename that set off the last rebuild: notify reports a rename
    // twice on Linux (the new name, then both names), under one tracker.
    let mut last_rename: Option<usize> = None;
    loop {
        let files = watched_files(&file, &session);
        let folders: BTreeSet<PathBuf> = files.iter().filter_map(|f| f.parent().map(Path::to_path_buf)).collect();
        for f in folders.difference(&watched.clone()) {
            if let Err(e) = watcher.watch(f, RecursiveMode::NonRecursive) {
                eprintln!(
                    "{}",
                    t("cannot-watch-folder", &[("folder", crate::report::shown(f)), ("why", e.to_string())])
                );
            }
            watched.insert(f.clone());
        }
        // Announced only once the folders are watched: a save before that
        // would be missed, and "Watching" would have been a promise broken.
        if !announced {
            eprintln!("{}", t("watching", &[("file", crate::report::shown(&args.programme.file))]));
            announced = true;
        }
        // Wait for a save of one of the files.
        let (first, whole) = loop {
            match rx.recv() {
                Ok(Message::Files(Ok(event))) if touches(&event, &files) => {
                    let tracker = event.attrs.tracker();
                    if tracker.is_some() && tracker == last_rename {
                        // The same save again: built already.
                        continue;
                    }
                    last_rename = tracker;
                    break (Instant::now(), renamed(&event));
                }
                Ok(Message::Files(_)) => {}
                Ok(Message::Stop) | Err(_) => return stopped(),
            }
        };
        // A file renamed into place is complete: built at once. A file
        // written in place may still be being written: the rest of the
        // burst is awaited.
        let mut last = first;
        if !whole {
            loop {
                let wait = QUIET.saturating_sub(last.elapsed());
                if first.elapsed() >= MAX_WAIT || wait.is_zero() {
                    break;
                }
                match rx.recv_timeout(wait) {
                    Ok(Message::Files(Ok(event))) if touches(&event, &files) => last = Instant::now(),
                    Ok(Message::Files(_)) => {}
                    Ok(Message::Stop) => return stopped(),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return stopped(),
                }
            }
        }
        rebuild(&file, args, &mut session, last);
    }
}

/// One build, with its time from the save to the PDF on disk.
fn rebuild(file: &Path, args: &WatchArgs, session: &mut Session, saved: Instant) {
    let started = Instant::now();
    // Flushed after the rename: the PDF is in place a flush sooner, and
    // the next save makes it again (livret::output::Flush).
    let result = build_once(file, &args.editions, session, Flush::AfterRename);
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(written) => {
            for w in &written {
                crate::report::say(&w.line);
            }
            let f = |x: f64| crate::i18n::decimal(x, 1);
            crate::report::say(&t("built-in", &[("ms", f(ms(started))), ("since", f(ms(saved)))]));
        }
        Err(_) => eprintln!("{}", t("last-good-kept", &[])),
    }
}

/// The files a rebuild depends on: the programme and what it uses.
fn watched_files(file: &Path, session: &Session) -> Vec<PathBuf> {
    std::iter::once(file.to_path_buf()).chain(session.files.iter().map(|f| absolute(f))).collect()
}

/// Whether an event puts a whole file in place: a rename onto it (how
/// editors save) or its creation.
fn renamed(event: &notify::Event) -> bool {
    use notify::EventKind;
    use notify::event::ModifyKind;
    matches!(event.kind, EventKind::Create(_) | EventKind::Modify(ModifyKind::Name(_)))
}

/// Whether an event is about one of `files` (by path: a rename onto the
/// file counts, whatever happened to the old inode).
fn touches(event: &notify::Event, files: &[PathBuf]) -> bool {
    use notify::EventKind;
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|p| files.iter().any(|f| f == p))
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

fn stopped() -> ExitCode {
    eprintln!("{}", t("stopped", &[]));
    ExitCode::SUCCESS
}
