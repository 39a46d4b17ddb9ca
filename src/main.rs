//! The `livret` command: build the brochure, check a programme, dump the
//! layout. Diagnostics from the library are drawn here, for the terminal.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{
    self,
    termcolor::{BufferWriter, ColorChoice},
};

use livret::diagnostic::{Diagnostic, Diagnostics, Severity};

/// mimalloc keeps memory compact when the typesetting and PDF threads
/// allocate at once (glibc gives each thread an arena of its own).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Tell mimalloc never to hand freed memory back to the system. A build is
/// short: returning pages costs system calls now and page faults when they
/// are used again, and at exit mimalloc returned every page one call at a
/// time (~80 `madvise` calls, 0.3 ms of the seed's build). Peak memory is
/// unchanged within noise (10 × 40 days: docs/performance.md).
fn keep_freed_memory() {
    // mimalloc.h: `mi_option_purge_delay` comes right before
    // `mi_option_use_numa_nodes` (16); libmimalloc-sys does not name it.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = libmimalloc_sys::mi_option_use_numa_nodes - 1;
    // SAFETY: `mi_option_set` is not thread-safe; this runs first in
    // `main`, before livret starts any thread, and changes a plain option.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}

/// Turn an event programme written in TOML into a print-ready PDF brochure.
#[derive(Parser)]
#[command(
    name = "livret",
    version,
    about = "Turn an event programme (programme.toml) into a print-ready PDF brochure.",
    after_help = "Examples:\n  livret build                      read programme.toml, write out/programme.pdf\n  livret build journees.toml -o journees.pdf\n  livret check                      only look for mistakes, write nothing\n\nThe file format is described in docs/format.md."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the PDF brochure. If anything is wrong, nothing is written and
    /// the previous PDF is left as it was.
    Build {
        /// The programme file.
        #[arg(default_value = "programme.toml")]
        file: PathBuf,
        /// Where to write the PDF.
        #[arg(short, long, default_value = "out/programme.pdf")]
        output: PathBuf,
    },
    /// Check the programme for mistakes and print warnings; writes nothing.
    Check {
        /// The programme file.
        #[arg(default_value = "programme.toml")]
        file: PathBuf,
    },
    /// Print the positioned layout as text (for debugging and tests).
    Dump {
        /// The programme file.
        #[arg(default_value = "programme.toml")]
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    keep_freed_memory();
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: livret stopped on an internal error (this is a bug in livret, not in your file): {info}");
        eprintln!("note: nothing was written; your previous PDF is untouched.");
    }));
    let cli = Cli::parse();
    match cli.command {
        Command::Build { file, output } => build(&file, &output),
        Command::Check { file } => check(&file),
        Command::Dump { file } => dump(&file),
    }
}

/// Read the programme file; on failure, report and return None.
fn read(file: &Path) -> Option<Vec<u8>> {
    match std::fs::read(file) {
        Ok(b) => Some(b),
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
            None
        }
    }
}

fn base_of(file: &Path) -> PathBuf {
    file.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn build(file: &Path, output: &Path) -> ExitCode {
    let start = Instant::now();
    if let (Ok(a), Ok(b)) = (file.canonicalize(), output.canonicalize())
        && a == b
    {
        eprintln!("error: the output {} is the programme file itself; it was left untouched", output.display());
        eprintln!("  = hint: give the PDF another name, e.g. -o out/programme.pdf");
        return ExitCode::from(2);
    }
    let Some(bytes) = read(file) else {
        return ExitCode::FAILURE;
    };
    let text = match livret::source::decode(&bytes) {
        Ok(t) => t,
        Err(d) => {
            report(file, &String::from_utf8_lossy(&bytes), &d);
            return ExitCode::FAILURE;
        }
    };
    let options = livret::Options {
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse().ok()),
    };
    match livret::build(text, &base_of(file), &options) {
        Ok(out) => {
            report(file, text, &out.warnings);
            if let Err(e) = livret::output::write_atomic(output, &out.pdf) {
                eprintln!("error: cannot write {}: {e}", output.display());
                eprintln!("  = note: the previous PDF, if any, is unchanged");
                return ExitCode::FAILURE;
            }
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            let kb = out.pdf.len() as f64 / 1024.0;
            let pages = if out.pages == 1 { "page" } else { "pages" };
            println!("Wrote {} — {} {pages}, {kb:.0} KB, in {ms:.0} ms", output.display(), out.pages);
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(file, text, &diags);
            eprintln!("note: nothing was written; {} is unchanged", output.display());
            ExitCode::FAILURE
        }
    }
}

fn check(file: &Path) -> ExitCode {
    let Some(bytes) = read(file) else {
        return ExitCode::FAILURE;
    };
    let text = match livret::source::decode(&bytes) {
        Ok(t) => t,
        Err(d) => {
            report(file, &String::from_utf8_lossy(&bytes), &d);
            return ExitCode::FAILURE;
        }
    };
    match livret::load(text, &base_of(file)) {
        Ok((programme, warnings)) => {
            report(file, text, &warnings);
            let slots: usize = programme.days.iter().map(|d| d.slots.len()).sum();
            let days = programme.days.len();
            let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
            println!("{} is correct: {}, {}.", file.display(), plural(days, "day"), plural(slots, "slot"));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(file, text, &diags);
            ExitCode::FAILURE
        }
    }
}

fn dump(file: &Path) -> ExitCode {
    let Some(bytes) = read(file) else {
        return ExitCode::FAILURE;
    };
    let Ok(text) = livret::source::decode(&bytes) else {
        eprintln!("error: {} is not UTF-8 text", file.display());
        return ExitCode::FAILURE;
    };
    match livret::load(text, &base_of(file)) {
        Ok((programme, _)) => {
            let fonts = livret::text::Fonts::for_programme(&programme);
            let doc = livret::lay_out(&programme, &fonts, &mut Vec::new());
            print!("{}", livret::layout::dump::dump(&doc, &fonts));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(file, text, &diags);
            ExitCode::FAILURE
        }
    }
}

/// Draw diagnostics like rustc does: file, line, column, the source line
/// with a caret, what was expected, and a hint.
fn report(file: &Path, text: &str, diags: &Diagnostics) {
    let files = SimpleFile::new(file.display().to_string(), text);
    use std::io::IsTerminal;
    let color = if std::io::stderr().is_terminal() { ColorChoice::Auto } else { ColorChoice::Never };
    // Drawn into a buffer and written at once: codespan writes a few
    // bytes at a time, and unbuffered stderr made that ~150 system calls
    // for one warning.
    let writer = BufferWriter::stderr(color);
    let mut buffer = writer.buffer();
    let config = term::Config::default();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    for d in diags.iter() {
        let r = to_report(d, text.len());
        let _ = term::emit_to_write_style(&mut buffer, &config, &files, &r);
    }
    if errors > 1 {
        let _ = writeln!(buffer, "error: {errors} mistakes found in {}", file.display());
    }
    let _ = writer.print(&buffer);
}

fn to_report(d: &Diagnostic, len: usize) -> Report<()> {
    let r = match d.severity {
        Severity::Error => Report::error(),
        Severity::Warning => Report::warning(),
    };
    let mut r = r.with_message(&d.message);
    if let Some(span) = &d.span {
        let s = span.start.min(len)..span.end.min(len).max(span.start.min(len));
        let label = d.expected.as_ref().map_or_else(String::new, |e| format!("expected {e}"));
        r = r.with_labels(vec![Label::primary((), s).with_message(label)]);
    }
    let mut notes = Vec::new();
    if let Some(k) = &d.key {
        notes.push(format!("key: {k}"));
    }
    if d.span.is_none()
        && let Some(e) = &d.expected
    {
        notes.push(format!("expected: {e}"));
    }
    if let Some(h) = &d.hint {
        notes.push(format!("hint: {h}"));
    }
    r.with_notes(notes)
}
