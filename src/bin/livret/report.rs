//! Drawing the library's diagnostics for the terminal, as rustc does:
//! file, line, column, the source line with a caret, what was expected,
//! the key and a hint. The library only returns them as data.
//!
//! What reaches the terminal is made safe and short: control and
//! bidirectional-override characters from the file (or its name) are shown
//! escaped, never sent raw (they could recolour or retitle the terminal,
//! or forge a line); a long source line is cut to a window around the
//! mistake; at most [`MAX_PER_KIND`] diagnostics of one kind are drawn,
//! with a count of the rest.

use std::io::{IsTerminal, Write};
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::term::{
    self,
    termcolor::{BufferWriter, ColorChoice},
};
use livret::diagnostic::{Diagnostic, Diagnostics, Severity};
use livret::output::Cause;

use crate::i18n::{self, t};

/// The most diagnostics of one kind drawn; the rest are counted.
const MAX_PER_KIND: usize = 10;
/// Characters of a source line shown on each side of the mistake.
const WINDOW: usize = 60;

/// Draw every diagnostic of `diags` on standard error.
pub fn draw(file: &Path, text: &str, diags: &Diagnostics) {
    let name = safe(&file.display().to_string());
    let color = if std::io::stderr().is_terminal() { ColorChoice::Auto } else { ColorChoice::Never };
    // Drawn into a buffer and written at once: codespan writes a few
    // bytes at a time, and unbuffered stderr made that ~150 system calls
    // for one warning.
    let writer = BufferWriter::stderr(color);
    let mut buffer = writer.buffer();
    let config = term::Config::default();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let mut shown: Vec<(&str, usize)> = Vec::new();
    for d in diags.iter() {
        let count = match shown.iter_mut().find(|(id, _)| *id == d.id) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                shown.push((d.id, 1));
                1
            }
        };
        if count > MAX_PER_KIND {
            continue;
        }
        let (files, span) = excerpt(&name, text, d.span.as_ref());
        let r = to_report(d, span);
        let _ = term::emit_to_write_style(&mut buffer, &config, &files, &r);
    }
    for (id, n) in &shown {
        if *n > MAX_PER_KIND {
            let kind =
                diags.iter().find(|d| d.id == *id).map_or("", |d| if d.is_error() { "error" } else { "warning" });
            let _ = writeln!(buffer, "note: {} more {kind}s of the same kind were not shown\n", n - MAX_PER_KIND);
        }
    }
    if errors > 1 {
        let _ = writeln!(buffer, "{}", t("mistakes", &[("count", errors.to_string()), ("file", name)]));
    }
    if i18n::lang() == i18n::Lang::Fr {
        let french = severities_in_french(buffer.as_slice());
        buffer.clear();
        let _ = buffer.write_all(&french);
    }
    let _ = writer.print(&buffer);
}

/// codespan writes `warning:` and `error:` in English: the drawn text with
/// them in French (`avertissement :`), colours kept.
fn severities_in_french(drawn: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(drawn);
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        // The word comes first on its line, after colour codes if any.
        let bare =
            line.trim_start_matches(|c: char| c == '\u{1b}' || c == '[' || c == ';' || c.is_ascii_digit() || c == 'm');
        let (from, to) = if bare.starts_with("warning") {
            ("warning", "avertissement")
        } else if bare.starts_with("error") {
            ("error", "erreur")
        } else {
            out.push_str(line);
            continue;
        };
        let at = line.len() - bare.len();
        let rest = &bare[from.len()..];
        // The colon after the word (past a colour reset) takes a space.
        let rest = match rest.find(": ") {
            Some(i) if i < 12 => format!("{} : {}", &rest[..i], &rest[i + 2..]),
            _ => rest.to_owned(),
        };
        out.push_str(&line[..at]);
        out.push_str(to);
        out.push_str(&rest);
    }
    out.into_bytes()
}

/// What codespan is shown of the file for one diagnostic: the mistake's
/// line alone, cut to a window around the mistake and made safe; line
/// and column are reported as in the whole file.
struct Excerpt {
    name: String,
    line: String,
    /// The line's index in the file.
    line_index: usize,
    /// Characters of the file's line before the window.
    cut: usize,
}

impl<'a> codespan_reporting::files::Files<'a> for Excerpt {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, _: ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.name)
    }

    fn source(&'a self, _: ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.line)
    }

    fn line_index(&'a self, _: (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, _: (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line_index + 1)
    }

    fn column_number(&'a self, _: (), _: usize, byte: usize) -> Result<usize, codespan_reporting::files::Error> {
        let shown = self.line[..byte.min(self.line.len())].chars().count();
        // The `…` that stands for the cut characters is not one of them.
        let ellipsis = usize::from(self.cut > 0);
        Ok(self.cut + shown - ellipsis + 1)
    }

    fn line_range(&'a self, _: (), _: usize) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        Ok(0..self.line.len())
    }
}

/// The excerpt of `text` for a diagnostic at `span`, and the span in it.
fn excerpt(name: &str, text: &str, span: Option<&std::ops::Range<usize>>) -> (Excerpt, Option<std::ops::Range<usize>>) {
    let empty = Excerpt { name: name.to_owned(), line: String::new(), line_index: 0, cut: 0 };
    let Some(span) = span else {
        return (empty, None);
    };
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(span.start), floor(span.end.max(span.start)));
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_index = text[..line_start].matches('\n').count();
    let end = end.min(line_end.max(start));
    // A window of characters around the mistake.
    let before: Vec<(usize, char)> = text[line_start..start].char_indices().collect();
    let (from, cut) = if before.len() > WINDOW {
        (line_start + before[before.len() - WINDOW].0, before.len() - WINDOW)
    } else {
        (line_start, 0)
    };
    let after_end = text[end..line_end].char_indices().nth(WINDOW).map_or(line_end, |(i, _)| end + i);
    let mut line = String::new();
    if cut > 0 {
        line.push('…');
    }
    line.push_str(&safe(&text[from..start]));
    let s0 = line.len();
    line.push_str(&safe(&text[start..end]));
    let s1 = line.len();
    line.push_str(&safe(&text[end..after_end]));
    if after_end < line_end {
        line.push('…');
    }
    (Excerpt { name: name.to_owned(), line, line_index, cut }, Some(s0..s1.max(s0)))
}

/// A file's name as shown on the terminal: [`safe`], so that a name
/// holding an escape sequence cannot act on the terminal.
pub fn shown(path: &Path) -> String {
    safe(&path.display().to_string())
}

/// `s` with control and bidirectional-formatting characters escaped.
pub fn safe(s: &str) -> String {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
    };
    if !s.chars().any(unsafe_char) {
        return s.to_owned();
    }
    s.chars().map(|c| if unsafe_char(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect()
}

fn to_report(d: &Diagnostic, span: Option<std::ops::Range<usize>>) -> Report<()> {
    let r = match d.severity {
        Severity::Error => Report::error(),
        Severity::Warning => Report::warning(),
    };
    // In the user's language when the library's catalogue has the
    // diagnostic, else in its English; field by field.
    let worded = d.worded(i18n::language());
    let message = safe(&worded.message);
    let expected = worded.expected.as_deref().map(safe);
    let hint = worded.hint.as_deref().map(safe);
    let mut r = r.with_message(message);
    if let Some(s) = span {
        let label = expected.as_ref().map_or_else(String::new, |e| t("expected", &[("what", e.clone())]));
        r = r.with_labels(vec![Label::primary((), s).with_message(label)]);
    }
    let mut notes = Vec::new();
    if let Some(k) = &d.key {
        notes.push(t("key", &[("key", safe(k))]));
    }
    if d.span.is_none()
        && let Some(e) = &expected
    {
        notes.push(t("expected", &[("what", e.clone())]));
    }
    if let Some(h) = &hint {
        notes.push(t("hint", &[("hint", h.clone())]));
    }
    r.with_notes(notes)
}

/// Print a command's output (an export, a dump, a diff) on standard
/// output, at once. A closed pipe (`| head`) is not an error worth a
/// message; a full disk or a closed terminal is said in words (never
/// Rust's own panic on a failed `print!`).
pub fn print_output(text: &str) -> std::process::ExitCode {
    print_bytes(text.as_bytes())
}

/// [`print_output`] for bytes (a manual page, shell completions).
pub fn print_bytes(bytes: &[u8]) -> std::process::ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", crate::i18n::t("cannot-write-stdout", &[("why", why_not_written(&Cause::Io(e)))]));
            std::process::ExitCode::FAILURE
        }
    }
}

/// Print a line saying what was done. If standard output cannot take it,
/// the work is done all the same: the line is dropped, not a panic.
pub fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}

/// Say that `path` could not be written and why, in words (never « os
/// error 1 »), with the hint to close the viewer when the file is held.
pub fn cannot_write(path: &Path, cause: &Cause) {
    let file = safe(&path.display().to_string());
    eprintln!("{}", t("cannot-write", &[("file", file), ("why", why_not_written(cause))]));
    if matches!(cause, Cause::Io(e) if held(e)) && path.exists() {
        eprintln!("  = {}", t("hint-close-viewer", &[]));
    }
}

/// Why a file could not be written, in the user's words.
fn why_not_written(cause: &Cause) -> String {
    use std::io::ErrorKind as K;
    let id = match cause {
        Cause::Folder => "why-folder",
        Cause::Link => "why-link",
        Cause::NotAFile => "why-not-a-file",
        Cause::Io(e) if held(e) => "why-held",
        Cause::Io(e) => match e.kind() {
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "why-disk-full",
            K::ReadOnlyFilesystem => "why-read-only",
            K::NotADirectory => "why-path-through-file",
            K::InvalidFilename => "why-bad-name",
            K::NotFound => "why-no-folder",
            _ => return safe(&system_words(e)),
        },
    };
    t(id, &[])
}

/// Whether an error means that another program holds the file: « access
/// denied » or « busy », and on Windows a sharing or lock violation (a
/// PDF open in Acrobat).
fn held(e: &std::io::Error) -> bool {
    const SHARING_VIOLATION: i32 = 32;
    const LOCK_VIOLATION: i32 = 33;
    matches!(e.kind(), std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ResourceBusy)
        || (cfg!(windows) && matches!(e.raw_os_error(), Some(SHARING_VIOLATION | LOCK_VIOLATION)))
}

/// The system's own words for an error, without the « (os error N) »
/// the standard library adds for programmers.
fn system_words(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_owned(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_could_drive_the_terminal() {
        assert_eq!(safe("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(safe("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(safe("Café\tNotes"), "Café\tNotes");
    }

    #[test]
    fn a_long_line_is_cut_around_the_mistake() {
        let text = format!("a = 1\nb = \"{}X{}\"\n", "x".repeat(500), "y".repeat(500));
        let at = text.find('X').unwrap();
        let (ex, span) = excerpt("p.toml", &text, Some(&(at..at + 1)));
        let span = span.unwrap();
        assert_eq!(&ex.line[span.clone()], "X");
        assert!(ex.line.chars().count() < 2 * WINDOW + 10, "{}", ex.line);
        use codespan_reporting::files::Files;
        // Line 2, column 506 of the file, as before the cut.
        assert_eq!(ex.location((), span.start).unwrap().line_number, 2);
        assert_eq!(ex.location((), span.start).unwrap().column_number, 506);
    }
}
