//! livret: an event programme written in TOML, set as a print-ready PDF
//! brochure.
//!
//! The pipeline, one module per stage, each with a named output:
//!
//! | stage | module | output |
//! |---|---|---|
//! | parse | `source` | `RawProgramme` (what the user wrote, with spans) |
//! | validate | [`model`] | [`model::Programme`] (what the program needs) |
//! | lay out | `layout` | `Document` (positioned pages) |
//! | print | `print` | `Printed` (pages on sheets) |
//! | write | `pdf` | PDF bytes |
//! | export | [`export`] | calendar, e-mail text, Markdown (exports branch off the model) |
//!
//! [`diff`] branches off the model: what changed between two versions.
//! `pipeline` runs the stages of a build, one step a file.
//! The stages are private: the library's surface is [`load`] (text to
//! model), [`build`] and [`build_editions`] (text to PDFs), the
//! [`Session`] a watch keeps warm, the model, the exports and the diff,
//! [`output`] (writing files without destroying the last good one) and
//! [`files`] (reading them without trusting them). The library never
//! prints: problems are [`diagnostic`] values, returned beside the output
//! ([`Warned`]) or instead of it. Tests and benchmarks reach further
//! through `testing` (feature `testing`), which users never see.

#![warn(missing_docs)]

pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod files;
pub mod model;
pub mod output;
/// What the tests, benchmarks, examples and fuzz targets reach beyond the
/// public API: generated programmes and the stages' internals.
#[cfg(feature = "testing")]
pub mod testing;

mod fonts;
mod images;
mod layout;
mod locale;
mod pdf;
mod pipeline;
mod preflight;
mod print;
mod profile;
mod session;
mod source;
mod text;
mod threads;

pub use diagnostic::Warned;
pub use profile::Profile;
pub use session::Session;
pub use source::{MAX_INPUT_BYTES, decode, schema};

use std::path::Path;

use diagnostic::Diagnostics;
use model::Programme;
use text::Fonts;

pub use pipeline::{Edition, Options, Output, build, build_editions, build_editions_in};

/// Parse and validate a programme. `base` is the programme file's folder.
pub fn load(source: &str, base: &Path) -> Result<Warned<Programme>, Diagnostics> {
    let raw = source::parse(source)?;
    model::validate(raw, base)
}

/// The laid-out reading edition in its stable text form (`livret dump`,
/// the layout's golden tests): one line per element.
pub fn dump(programme: &Programme) -> String {
    let fonts = Fonts::new(&programme.theme.fonts);
    layout::dump::dump(&layout::lay_out(programme, &fonts, Profile::Standard).output, &fonts)
}

/// What is not an error but will embarrass once printed (`livret check`):
/// see `preflight`. `source` is the programme's text, for the spans.
pub fn preflight(programme: &Programme, source: &str) -> Vec<diagnostic::Diagnostic> {
    preflight::check(programme, source, &Fonts::new(&programme.theme.fonts))
}

/// The booklet's sheet sides for `pages` A5 pages (a multiple of 4): for
/// each side, left then right, the page numbers from 1; front and back of
/// each sheet in turn (`livret build --sheets`).
pub fn booklet_sides(pages: usize) -> Vec<[usize; 2]> {
    print::impose::order(pages)
}
