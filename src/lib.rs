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
mod pdf;
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
use std::sync::Mutex;

use diagnostic::Diagnostics;
use model::Programme;
use text::Fonts;

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Creation date for the PDF metadata, seconds since 1970; `None`
    /// omits it so identical input gives identical bytes.
    pub source_date_epoch: Option<i64>,
    /// The edition [`build`] makes.
    pub profile: Profile,
    /// Stamp this build as updated now (seconds since 1970), in place of
    /// `[event] updated`: `livret build --stamp`.
    pub stamp_now: Option<i64>,
}

/// A finished build.
#[derive(Debug, Clone)]
pub struct Output {
    /// The PDF's bytes.
    pub pdf: Vec<u8>,
    /// Number of pages (of the laid-out document, before imposition).
    pub pages: usize,
    /// Number of sides of paper (sheets of the PDF: pages, or for the
    /// booklet half as many).
    pub sides: usize,
}

/// One edition of a build with several.
#[derive(Debug, Clone)]
pub struct Edition {
    /// Which edition.
    pub profile: Profile,
    /// Its file name's suffix, in the event's language (`-livret`).
    pub suffix: &'static str,
    /// The PDF.
    pub output: Output,
}

/// Parse and validate a programme. `base` is the programme file's folder.
pub fn load(source: &str, base: &Path) -> Result<Warned<Programme>, Diagnostics> {
    let raw = source::parse(source)?;
    model::validate(raw, base)
}

/// The whole pipeline for one edition: programme text to PDF bytes.
pub fn build(source: &str, base: &Path, options: &Options) -> Result<Warned<Output>, Diagnostics> {
    let editions = build_editions(source, base, options, Some(&[options.profile]))?;
    Ok(editions.map(|mut e| e.remove(0).output))
}

/// The whole pipeline for several editions of one programme: `profiles`,
/// or the programme's own `[output] profiles` when `None`. The programme
/// is read once, the fonts loaded once (their shaping cache serves every
/// layout), editions on the same paper and colours share one layout, and
/// the PDFs are written side by side on threads.
pub fn build_editions(
    source: &str,
    base: &Path,
    options: &Options,
    profiles: Option<&[Profile]>,
) -> Result<Warned<Vec<Edition>>, Diagnostics> {
    let built = build_editions_in(&mut session::Session::default(), source, base, options, profiles);
    // Nothing is built after this: what the PDF writer remembers goes.
    pdf::forget(0);
    built
}

/// [`build_editions`] in a session that keeps what does not change
/// between builds warm (the fonts and their shaping cache): a watch's
/// rebuilds.
pub fn build_editions_in(
    session: &mut session::Session,
    source: &str,
    base: &Path,
    options: &Options,
    profiles: Option<&[Profile]>,
) -> Result<Warned<Vec<Edition>>, Diagnostics> {
    let Warned { output: mut programme, mut warnings } = load(source, base)?;
    if let Some(now) = options.stamp_now {
        let zone = export::ics::Zone::named(&programme.event.timezone).unwrap_or(export::ics::Zone::Fixed(0));
        programme.event.updated = Some(zone.local(now.div_euclid(60)));
    }
    session.files = programme
        .organisers
        .iter()
        .filter_map(|o| o.logo.as_ref().map(|l| base.join(&l.path)))
        .chain(programme.theme.fonts.files().map(|f| base.join(&f.path)))
        .collect();
    let mut profiles: Vec<Profile> = profiles.map_or_else(|| programme.profiles.clone(), <[Profile]>::to_vec);
    if profiles.is_empty() {
        profiles.push(Profile::Standard);
    }
    let fonts = session.fonts(&programme.theme.fonts);
    let fonts: &Fonts = &fonts;
    // One layout per distinct design (the print shop's is the reading
    // one), made side by side on threads.
    let mut designs: Vec<Profile> = Vec::new();
    for p in &profiles {
        if !designs.contains(&p.layout_like()) {
            designs.push(p.layout_like());
        }
    }
    let laid_out = threads::map_on_two(&designs, |&p| layout::lay_out(&programme, fonts, p));
    // Taken in a fixed order, whatever order the editions were asked in.
    let glyphs = pdf::Glyphs::gather(
        Profile::ALL.iter().filter_map(|p| designs.iter().position(|d| d == p)).map(|i| &laid_out[i].output),
    );
    // Each layout with how many editions are still to take it: the last
    // one takes it, the others a copy (a watch's one edition copies none).
    let mut layouts: Vec<(Profile, Mutex<Takers>)> = Vec::new();
    for (p, l) in designs.iter().zip(laid_out) {
        for w in l.warnings.0 {
            if !warnings.iter().any(|x| x.id == w.id && x.message == w.message) {
                warnings.push(w);
            }
        }
        let users = profiles.iter().filter(|q| q.layout_like() == *p).count();
        layouts.push((*p, Mutex::new(Takers { users, document: Some(l.output) })));
    }
    let layout_of = |p: Profile| -> layout::Document {
        let slot = layouts.iter().find(|(q, _)| *q == p.layout_like()).map(|(_, s)| s).expect("laid out above");
        let mut slot = slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        slot.users -= 1;
        let doc = if slot.users == 0 { slot.document.take() } else { slot.document.clone() };
        doc.expect("taken by its last edition only")
    };
    let mut info = info(&programme, options);
    let archival = profiles.contains(&Profile::Standard) && {
        match archival(&programme, &warnings) {
            None => true,
            Some(w) => {
                warnings.push(w);
                false
            }
        }
    };
    if archival && info.date.is_none() {
        let first = programme.days[0].date;
        info.date = Some(pdf::Date::Local {
            year: first.year.clamp(0, 9999) as u16,
            month: first.month,
            day: first.day,
            hour: 0,
            minute: 0,
        });
    }
    let write = |p: Profile| -> Result<Edition, Diagnostics> {
        let info = pdf::Info { archival: archival && p == Profile::Standard, ..info.clone() };
        let doc = layout_of(p);
        let pages = doc.pages.len();
        let printed = print::print(doc, p);
        let sides = printed.sheets.len();
        let pdf = pdf::write(printed, fonts, &info, &glyphs)?;
        Ok(Edition { profile: p, suffix: p.suffix(programme.event.language), output: Output { pdf, pages, sides } })
    };
    // PDF writing (subsetting, compression) is the longest step: editions
    // are written in parallel.
    let results = threads::map_on_two(&profiles, |&p| write(p));
    pdf::forget(session::KEEP_PDF_PARTS);
    fonts.memo().next_build();
    let mut editions = Vec::new();
    for r in results {
        editions.push(r?);
    }
    Ok(Warned::new(editions, warnings))
}

/// A layout shared by editions, and how many of them are still to take it.
struct Takers {
    users: usize,
    document: Option<layout::Document>,
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

/// The PDF metadata of a programme.
///
/// Its date is `[event] updated` (a local time), else `SOURCE_DATE_EPOCH`,
/// else none, so that the same file gives the same bytes. An archival
/// PDF must carry a date: without either, it is the event's first day.
pub(crate) fn info(p: &Programme, options: &Options) -> pdf::Info {
    let local = |d: model::Date, t: Option<model::Time>| pdf::Date::Local {
        year: d.year.clamp(0, 9999) as u16,
        month: d.month,
        day: d.day,
        hour: t.map_or(0, |t| t.hour() as u8),
        minute: t.map_or(0, |t| t.minute() as u8),
    };
    let date = match (p.event.updated, options.source_date_epoch) {
        (Some(u), _) => Some(local(u.date, u.time)),
        (None, Some(t)) => Some(pdf::Date::Epoch(t)),
        (None, None) => None,
    };
    pdf::Info {
        title: p.event.title.clone(),
        authors: p.organisers.iter().map(|o| o.name.clone()).collect(),
        subject: Some(match &p.event.subtitle {
            Some(s) => format!("{} — {s}", p.labels.programme),
            None => p.labels.programme.clone(),
        }),
        language: p.event.language.tag().to_owned(),
        date,
        archival: false,
    }
}

/// Why the reading edition cannot be archival (PDF/A-2a, PDF/UA-1), if it
/// cannot: a character without a glyph, a font that forbids embedding.
/// The PDF is then written without the standards, and the warning says so.
fn archival(p: &Programme, warnings: &Diagnostics) -> Option<diagnostic::Diagnostic> {
    if warnings.iter().any(|w| w.id == "font.missing-glyph") {
        return Some(
            diagnostic::Diagnostic::warning(
                "pdf.not-archival",
                "the reading PDF is not archival (PDF/A, PDF/UA): some characters have no font",
            )
            .with_hint("add a font that has them in [theme] fallback_fonts"),
        );
    }
    let fonts = p.theme.fonts.body.iter().chain(&p.theme.fonts.heading).chain(&p.theme.fonts.fallbacks);
    for f in fonts {
        let restricted = ttf_parser::Face::parse(&f.data, 0)
            .is_ok_and(|face| face.permissions() == Some(ttf_parser::Permissions::Restricted));
        if restricted {
            return Some(
                diagnostic::Diagnostic::warning(
                    "pdf.not-archival",
                    format!(
                        "the reading PDF is not archival (PDF/A, PDF/UA): the font {} does not allow embedding",
                        f.path.display()
                    ),
                )
                .with_hint("use a font whose licence allows embedding, such as the bundled Inter"),
            );
        }
    }
    None
}
