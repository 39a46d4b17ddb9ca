//! Diagnostics as data: what went wrong, where, and how to fix it.
//!
//! The library never prints. Every stage reports problems as [`Diagnostic`]
//! values, returned beside its output ([`Warned`]) or instead of it; the
//! binary draws them for the terminal (with codespan-reporting), and tests
//! inspect them directly. Each has a stable [`Diagnostic::id`] so that the
//! binary can word it in the user's language.

pub mod registry;

use std::ops::Range;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The build still succeeds; the user should have a look.
    Warning,
    /// The input is refused; nothing is written.
    Error,
}

/// One problem found in the input or while building.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// A stable identifier of the kind of problem (`time.invalid`,
    /// `layout.taller-than-page`), for translations and tests.
    pub id: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Byte range in the programme file, when the problem has a place.
    pub span: Option<Range<usize>>,
    /// The TOML key concerned, dotted (`day[1].slot[3].start`), when known.
    pub key: Option<String>,
    /// One sentence saying what is wrong, in plain words.
    pub message: String,
    /// What was expected at that place, e.g. "a time such as 9h30".
    pub expected: Option<String>,
    /// A suggestion that helps fix it.
    pub hint: Option<String>,
    /// The values the message is made of (`value`, `name`…), by name, for
    /// wording it in another language; `message`, `expected` and `hint`
    /// are the English wording.
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    /// A new error of kind `id` (one of [`registry::KINDS`]) with its
    /// English message and no place.
    pub fn error(id: &'static str, message: impl Into<String>) -> Self {
        debug_assert!(registry::kind(id).is_some(), "the diagnostic id {id} is not in diagnostic::registry");
        Diagnostic {
            id,
            severity: Severity::Error,
            span: None,
            key: None,
            message: message.into(),
            expected: None,
            hint: None,
            args: Vec::new(),
        }
    }

    /// A new warning of kind `id` with a message and no place.
    pub fn warning(id: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(id, message) }
    }

    /// Attach the byte range of the offending text.
    pub fn with_span(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// Attach the dotted key path.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Say what was expected.
    pub fn with_expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    /// Name a value the message is made of.
    pub fn with_arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The value named `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// Add a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic in `lang`: from the library's catalogue when it has
    /// the id (`time.invalid` as `time-invalid`) and every argument its
    /// wording uses, else the library's English; field by field.
    pub fn worded(&self, lang: crate::model::Language) -> Worded {
        let id = self.id.replace('.', "-");
        let mut args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if let Some(k) = &self.key {
            args.push(("key", k));
        }
        if self.arg("suggestion").is_none() {
            args.push(("suggestion", "none"));
        }
        let word = |attr: Option<&str>, english: &str| {
            crate::locale::lookup(lang, &id, attr, &args).unwrap_or_else(|| english.to_owned())
        };
        Worded {
            message: word(None, &self.message),
            expected: self.expected.as_deref().map(|e| word(Some("expected"), e)),
            hint: self.hint.as_deref().map(|h| word(Some("hint"), h)),
        }
    }

    /// The 1-based line and column of the span's start in `source`.
    pub fn line_col(&self, source: &str) -> Option<(usize, usize)> {
        self.span.as_ref().map(|s| line_col(source, s.start))
    }
}

/// A diagnostic's words in one language ([`Diagnostic::worded`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    /// What is wrong.
    pub message: String,
    /// What was expected at that place.
    pub expected: Option<String>,
    /// How to fix it.
    pub hint: Option<String>,
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..offset].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A stage's output with the warnings it produced (typst's `Warned`):
/// warnings travel one way only, beside what they are about.
#[derive(Debug, Clone)]
pub struct Warned<T> {
    /// What the stage made.
    pub output: T,
    /// Its warnings; the output is complete despite them.
    pub warnings: Diagnostics,
}

impl<T> Warned<T> {
    /// An output with warnings.
    pub fn new(output: T, warnings: impl Into<Diagnostics>) -> Warned<T> {
        Warned { output, warnings: warnings.into() }
    }

    /// Apply `f` to the output, keeping the warnings.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Warned<U> {
        Warned { output: f(self.output), warnings: self.warnings }
    }
}

impl From<Vec<Diagnostic>> for Diagnostics {
    fn from(v: Vec<Diagnostic>) -> Diagnostics {
        Diagnostics(v)
    }
}

/// All diagnostics of one run, errors and warnings together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Add one.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Add all of `other`'s, after these.
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Iterate over all diagnostics.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// Only the warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.is_error())
    }

    /// Sort by position, errors before warnings at the same place, so the
    /// report reads top to bottom like the file.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            let ka = a.span.as_ref().map_or(usize::MAX, |s| s.start);
            let kb = b.span.as_ref().map_or(usize::MAX, |s| s.start);
            ka.cmp(&kb).then(b.severity.cmp(&a.severity))
        });
    }
}
