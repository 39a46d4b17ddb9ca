//! A `livret watch` rebuild as the user sees it: from a save of the
//! programme to the new PDF renamed into place (issue #11).
//!
//! ```sh
//! cargo build --release
//! cargo run --release --features examples --example bench_watch -- [--saves N] [FILE]
//! ```
//!
//! Copies the programme (the seed by default) with its logos and fonts to
//! a temporary folder, starts the release binary's `livret watch` on it,
//! then saves it `--saves` times (default 40) the way editors do: the new
//! text written to a temporary file and renamed over the old one. Saves
//! alternate between the file as it is and the file with its first guest
//! renamed, so that each rebuild has a change to set. After each save it
//! waits for `out/<name>.pdf` to be a new file (polling every 0.2 ms)
//! and prints the median, the 90th percentile and the minimum of those
//! waits. The first saves warm the watch up and are not counted.

#[path = "common/binary.rs"]
mod binary;

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// Saves not counted while the watch's caches fill.
const WARM_UP: usize = 4;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(binary) = binary::release_binary(root) else { return ExitCode::FAILURE };
    let mut saves = 40;
    let mut file = root.join("programme.toml");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--saves" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => saves = n,
                _ => return usage(),
            },
            f if !f.starts_with('-') => file = f.into(),
            _ => return usage(),
        }
    }
    match run(&binary, &file, saves) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_watch: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: bench_watch [--saves N] [FILE]");
    ExitCode::from(2)
}

fn run(binary: &Path, file: &Path, saves: usize) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let edited = with_guest_replaced(&text).ok_or("the programme has no `guest = \"…\"` line to change")?;
    let work = std::env::temp_dir().join(format!("livret-bench-watch-{}", std::process::id()));
    let folder = file.parent().unwrap_or(Path::new("."));
    for sub in ["assets", "fonts"] {
        copy_folder(&folder.join(sub), &work.join(sub)).map_err(|e| format!("cannot copy {sub}/: {e}"))?;
    }
    let name = "programme.toml";
    std::fs::write(work.join(name), &text).map_err(|e| e.to_string())?;
    let pdf = work.join("out/programme.pdf");
    let mut child = Command::new(binary)
        .args(["watch", name])
        .current_dir(&work)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let result = measure(&work.join(name), &pdf, &text, &edited, saves);
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&work);
    let mut waits = result?;
    waits.sort_by(f64::total_cmp);
    let at = |q: f64| waits[((waits.len() - 1) as f64 * q).round() as usize];
    println!(
        "livret watch, {} saves by rename (after {WARM_UP} not counted): save to new PDF median {:.2} ms, p90 {:.2} ms, min {:.2} ms",
        waits.len(),
        at(0.5),
        at(0.9),
        waits[0]
    );
    Ok(())
}

/// The waits, in ms, from each counted save to its new PDF.
fn measure(programme: &Path, pdf: &Path, text: &str, edited: &str, saves: usize) -> Result<Vec<f64>, String> {
    // The first build, and the folders watched.
    wait_for(|| identity(pdf).is_some(), Duration::from_secs(20)).ok_or("the watch wrote no PDF")?;
    std::thread::sleep(Duration::from_millis(300));
    let temporary = programme.with_extension("toml.tmp");
    let mut waits = Vec::new();
    for i in 0..saves + WARM_UP {
        let before = identity(pdf);
        std::fs::write(&temporary, if i % 2 == 0 { edited } else { text }).map_err(|e| e.to_string())?;
        let saved = Instant::now();
        std::fs::rename(&temporary, programme).map_err(|e| e.to_string())?;
        wait_for(|| identity(pdf) != before, Duration::from_secs(10)).ok_or("a save was not rebuilt")?;
        if i >= WARM_UP {
            waits.push(saved.elapsed().as_secs_f64() * 1000.0);
        }
        // The watch is back to waiting (and has flushed) before the next save.
        std::thread::sleep(Duration::from_millis(150));
    }
    Ok(waits)
}

/// Which file `path` is now: a PDF renamed into place is a new file.
fn identity(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let id = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let id = m.len();
    Some((id, m.modified().ok()?))
}

fn wait_for(done: impl Fn() -> bool, limit: Duration) -> Option<()> {
    let start = Instant::now();
    while !done() {
        if start.elapsed() > limit {
            return None;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    Some(())
}

/// The programme with its first guest (`guest = "Name"`) renamed
/// wherever the name appears (the people it is declared among too).
fn with_guest_replaced(text: &str) -> Option<String> {
    let at = text.find("guest = \"")? + "guest = \"".len();
    let name = &text[at..at + text[at..].find('"')?];
    let other = if name == "Sophie Binet" { "Claire Dupont" } else { "Sophie Binet" };
    Some(text.replace(name, other))
}

fn copy_folder(from: &Path, to: &Path) -> std::io::Result<()> {
    if !from.is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}
