//! `livret watch`: a save (by rename, as editors do) rebuilds the PDF; a
//! save with a mistake leaves the PDF untouched and the watch running;
//! Ctrl-C stops it cleanly.

#![cfg(unix)]

use crate::common::*;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Save `text` as `file` the way editors do: a temporary file renamed.
fn save(dir: &std::path::Path, text: &str) {
    let tmp = dir.join(".programme.toml.swp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, dir.join("programme.toml")).unwrap();
}

#[test]
fn a_save_rebuilds_and_a_mistake_keeps_the_last_good_pdf() {
    let dir = scratch("watch");
    let seed = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    copy_assets(&dir);
    std::fs::write(dir.join("programme.toml"), &seed).unwrap();
    let mut child = command()
        .args(["watch", "programme.toml", "-o", "out/p.pdf"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let (etx, erx) = mpsc::channel();
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            let _ = etx.send(line);
        }
    });
    let builds = std::cell::Cell::new(0);
    let built = |rx: &mpsc::Receiver<String>| loop {
        let line = rx.recv_timeout(Duration::from_secs(30)).expect("a build line within 30 s");
        if line.starts_with("Built in") {
            builds.set(builds.get() + 1);
            return line;
        }
    };
    built(&rx);
    // Wait until the watch is set up before saving.
    loop {
        let line = erx.recv_timeout(Duration::from_secs(30)).expect("the watch starts");
        if line.starts_with("Watching") {
            break;
        }
    }
    let pdf = dir.join("out/p.pdf");
    let first = std::fs::read(&pdf).unwrap();
    save(&dir, &seed.replace("Accueil des participant·es", "Accueil et café"));
    built(&rx);
    let second = std::fs::read(&pdf).unwrap();
    assert_ne!(first, second, "the PDF was not rebuilt");
    // A mistake: reported, the PDF untouched, the watch still running.
    save(&dir, &seed.replace("start = \"9h30\"", "start = \"25h70\""));
    loop {
        let line = erx.recv_timeout(Duration::from_secs(30)).expect("the mistake is reported");
        if line.contains("The last good PDF is unchanged") {
            break;
        }
    }
    assert_eq!(std::fs::read(&pdf).unwrap(), second);
    assert!(child.try_wait().unwrap().is_none(), "the watch stopped on a mistake");
    // Fixed again: rebuilt.
    save(&dir, &seed);
    built(&rx);
    // Ctrl-C ends it cleanly.
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    // One rebuild per save: the first build and the two good saves (a
    // rename is reported twice by the file system's events).
    let late = rx.iter().filter(|l| l.starts_with("Built in")).count();
    assert_eq!(builds.get() + late, 3, "a save was built more than once");
    let again = erx.iter().filter(|l| l.contains("The last good PDF is unchanged")).count();
    assert_eq!(again, 0, "the mistake was reported more than once");
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
