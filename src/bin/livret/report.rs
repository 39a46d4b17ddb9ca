//! Drawing the library's diagnostics for the terminal, as rustc does:
//! file, line, column, the source line with a caret, what was expected,
//! the key and a hint. The library only returns them as data.

use std::io::{IsTerminal, Write};
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{
    self,
    termcolor::{BufferWriter, ColorChoice},
};
use livret::diagnostic::{Diagnostic, Diagnostics, Severity};

/// Draw every diagnostic of `diags` on standard error.
pub fn draw(file: &Path, text: &str, diags: &Diagnostics) {
    let files = SimpleFile::new(file.display().to_string(), text);
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
