//! livret: an event programme written in TOML, set as a print-ready PDF
//! brochure.
//!
//! The pipeline, one module per stage, each with a named output:
//!
//! | stage | module | output |
//! |---|---|---|
//! | parse | [`source`] | [`source::RawProgramme`] |
//! | validate | [`model`] | [`model::Programme`] |
//! | content blocks | [`layout::blocks`] | `Vec<`[`layout::blocks::Block`]`>` |
//! | typeset paragraphs | [`text`], [`layout::typeset`] | `Vec<`[`layout::typeset::SetPara`]`>` |
//! | rows | [`layout::flow`] | `Vec<`[`layout::flow::Row`]`>` |
//! | pages | [`layout::paginate`] | [`layout::Document`] |
//! | PDF | [`pdf`] | bytes |
//!
//! [`build`] runs them all; the library never prints.

#![warn(missing_docs)]

pub mod diagnostic;
/// Deterministic programmes for tests and benchmarks.
pub mod generate;
pub mod layout;
pub mod model;
pub mod output;
pub mod pdf;
pub mod source;
pub mod text;
mod threads;

use std::path::Path;

use diagnostic::{Diagnostic, Diagnostics};
use layout::Document;
use layout::design::Design;
use model::Programme;
use text::Fonts;

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Creation date for the PDF metadata, seconds since 1970; `None`
    /// omits it so identical input gives identical bytes.
    pub source_date_epoch: Option<i64>,
}

/// A finished build.
#[derive(Debug, Clone)]
pub struct Output {
    /// The PDF's bytes.
    pub pdf: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
    /// Warnings (the build succeeded).
    pub warnings: Diagnostics,
}

/// Parse and validate a programme. `base` is the programme file's folder.
pub fn load(source: &str, base: &Path) -> Result<(Programme, Diagnostics), Diagnostics> {
    let raw = source::parse(source)?;
    model::validate(raw, base)
}

/// Spacing settings tried, loosest first, to fit a folded booklet.
/// The floor of 0.75 keeps the hierarchy readable: below it, slots start
/// to run into each other.
const BOOKLET_SPACING: [f32; 4] = [1.0, 0.92, 0.84, 0.75];

/// Lay out a validated programme. Typesetting warnings are appended.
///
/// A folded booklet needs a multiple of 4 pages. When the natural layout
/// runs a little over one (say 5 pages), the space between blocks is
/// tightened step by step, as a designer would, and the first layout that
/// lands on a multiple of 4 wins. Type sizes and leading never change.
pub fn lay_out(programme: &Programme, fonts: &Fonts, warnings: &mut Vec<Diagnostic>) -> Document {
    let mut design = Design::new(&programme.theme);
    let footer = layout::paginate::Footer {
        title: shorten(&programme.event.title, 90),
        page: programme.labels.page.clone(),
        lang: programme.event.language,
    };
    let time = layout::blocks::time_style(&design, design.ink);
    let time_font = fonts.select(time.family, time.weight, time.italic);
    let widest = programme
        .days
        .iter()
        .flat_map(|d| &d.slots)
        .map(|s| {
            text::shape::width(
                fonts,
                time_font,
                &layout::blocks::time_range(s, programme.theme.time_style),
                time.size,
                0.0,
            )
        })
        .fold(0.0, f32::max);
    design.fit_time_column(widest);
    let blocks = layout::blocks::build(programme, &design);
    // Typesetting does not depend on the spacing: done once.
    let sets = layout::typeset::typeset_blocks(&blocks, fonts);
    let flow = layout::flow::flow(&blocks, &mut sets.into_iter(), fonts, &design, warnings);
    let rows = flow.rows;
    let mut chosen: Option<(layout::paginate::Plan, f32)> = None;
    for spacing in BOOKLET_SPACING {
        design.spacing = spacing;
        let plan = layout::paginate::plan(&rows, &design);
        let pages = plan.pages();
        if pages.is_multiple_of(4) {
            chosen = Some((plan, spacing));
            break;
        }
        match &chosen {
            // Tightening cannot save a whole booklet sheet: stop early.
            Some((first, _)) if first.pages() - pages >= 4 => break,
            Some(_) => {}
            None => chosen = Some((plan, spacing)),
        }
    }
    let (plan, spacing) = chosen.expect("at least one plan was made");
    design.spacing = spacing;
    let doc = layout::paginate::draw(rows, plan, &design, fonts, &footer, warnings);
    Document { roles: flow.roles, ..doc }
}

/// At most `max` characters of `s`, cut at a word and ended with `…`.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end())
}

/// The whole pipeline: programme text to PDF bytes.
pub fn build(source: &str, base: &Path, options: &Options) -> Result<Output, Diagnostics> {
    let (programme, mut diagnostics) = load(source, base)?;
    let fonts = Fonts::for_programme(&programme);
    let mut warnings = Vec::new();
    let document = lay_out(&programme, &fonts, &mut warnings);
    let pages = document.pages.len();
    let pdf = pdf::write(document, &fonts, &info(&programme, options))
        .map_err(|e| Diagnostics(vec![Diagnostic::error(e)]))?;
    diagnostics.0.extend(warnings);
    Ok(Output { pages, pdf, warnings: diagnostics })
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
