//! livret: an event programme written in TOML, set as a print-ready PDF
//! brochure.
//!
//! The pipeline, one module per stage, each with a named output:
//!
//! | stage | module | output |
//! |---|---|---|
//! | parse | [`source`] | [`source::RawProgramme`] (what the user wrote, with spans) |
//! | validate | [`model`] | [`model::Programme`] (what the program needs) |
//! | lay out | [`layout`] | [`layout::Document`] (positioned pages) |
//! | print | [`print`](mod@print) | [`print::Printed`] (pages on sheets) |
//! | write | [`pdf`] | PDF bytes |
//!
//! [`text`] is the typesetting engine the layout stage calls; [`fonts`](mod@fonts)
//! the font files both the model and the engine use; [`profile`] says
//! what each edition changes. [`build`] runs the stages; the library
//! never prints: problems are [`diagnostic`] values, returned beside the
//! output ([`Warned`]) or instead of it.

#![warn(missing_docs)]

pub mod diagnostic;
pub mod fonts;
/// Deterministic programmes for tests and benchmarks.
#[cfg(feature = "testing")]
pub mod generate;
pub mod layout;
pub mod model;
pub mod output;
pub mod pdf;
pub mod print;
pub mod profile;
pub mod source;
pub mod text;
mod threads;

use std::path::Path;

use diagnostic::Diagnostics;
pub use diagnostic::Warned;
use model::Programme;
use profile::Profile;
use text::Fonts;

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Creation date for the PDF metadata, seconds since 1970; `None`
    /// omits it so identical input gives identical bytes.
    pub source_date_epoch: Option<i64>,
    /// The edition to make.
    pub profile: Profile,
}

/// A finished build.
#[derive(Debug, Clone)]
pub struct Output {
    /// The PDF's bytes.
    pub pdf: Vec<u8>,
    /// Number of pages (of the laid-out document, before imposition).
    pub pages: usize,
}

/// Parse and validate a programme. `base` is the programme file's folder.
pub fn load(source: &str, base: &Path) -> Result<Warned<Programme>, Diagnostics> {
    let raw = source::parse(source)?;
    model::validate(raw, base)
}

/// The whole pipeline: programme text to PDF bytes.
pub fn build(source: &str, base: &Path, options: &Options) -> Result<Warned<Output>, Diagnostics> {
    let Warned { output: programme, mut warnings } = load(source, base)?;
    let fonts = Fonts::new(&programme.theme.fonts);
    let laid_out = layout::lay_out(&programme, &fonts, options.profile);
    warnings.extend(laid_out.warnings);
    let document = laid_out.output;
    let pages = document.pages.len();
    let printed = print::print(document, options.profile);
    let pdf = pdf::write(printed, &fonts, &info(&programme, options))?;
    Ok(Warned::new(Output { pages, pdf }, warnings))
}

/// The PDF metadata of a programme.
pub fn info(p: &Programme, options: &Options) -> pdf::Info {
    pdf::Info {
        title: p.event.title.clone(),
        authors: p.organisers.iter().map(|o| o.name.clone()).collect(),
        subject: Some(match &p.event.subtitle {
            Some(s) => format!("{} — {s}", p.labels.programme),
            None => p.labels.programme.clone(),
        }),
        language: p.event.language.tag().to_owned(),
        created: options.source_date_epoch,
    }
}
