//! Writing the laid-out document as PDF, with krilla (pinned in
//! Cargo.toml). This is the only module that knows krilla, so moving to
//! another writer touches this file alone.
//!
//! krilla subsets the fonts (CFF and TrueType) and writes their ToUnicode
//! maps from the text each glyph run carries, so copy-paste returns the
//! typed text; it passes JPEG data through and keeps PNG alpha.

use krilla::Document as PdfDocument;
use krilla::SerializeSettings;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{Point, Rect, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::Font;

mod convert;
mod draw;
mod glyphs;
mod grey;
mod raster;
mod tags;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::layout::{Document, OutlineEntry, Page};
use crate::model::Rgb;
use crate::model::time::civil_from_days;
use crate::print::Printed;
use crate::text::Fonts;
use crate::text::fonts::FontBytes;
use draw::{Child, Tags};
pub use glyphs::Glyphs;

/// Document information for the PDF's metadata.
#[derive(Debug, Clone, Default)]
pub struct Info {
    /// Title.
    pub title: String,
    /// Authors (the organisers).
    pub authors: Vec<String>,
    /// Subject.
    pub subject: Option<String>,
    /// The document's language (its BCP 47 tag in the PDF; the words
    /// the library adds in it).
    pub language: crate::model::Language,
    /// The document's date: when the programme was last changed
    /// (`[event] updated`) or `SOURCE_DATE_EPOCH`. `None` leaves the date
    /// out, so the output stays byte-identical.
    pub date: Option<Date>,
    /// Write an archival, accessible PDF (PDF/A-2a and PDF/UA-1), checked
    /// by krilla's validators.
    pub archival: bool,
}

/// A date and time for the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Date {
    /// Seconds since 1970, UTC.
    Epoch(i64),
    /// A local date and time (of the event's time zone), unknown offset.
    Local {
        /// Year.
        year: u16,
        /// Month, 1–12.
        month: u8,
        /// Day, 1–31.
        day: u8,
        /// Hour.
        hour: u8,
        /// Minute.
        minute: u8,
    },
}

/// Write the PDF of a printed edition; `glyphs` are those of every
/// edition of the build ([`Glyphs::gather`]), so that they share their
/// font subsets. Errors are krilla's, in words (see `convert.rs`).
///
/// The edition is taken by value: each page's elements are dropped once
/// the page is drawn, so the layout and krilla's copy of it are not both
/// held whole (10 × 40 days peaked ~25 MB lower this way).
pub fn write(printed: Printed, fonts: &Fonts, info: &Info, glyphs: &Glyphs) -> Result<Vec<u8>, Diagnostics> {
    let mut pdf = if info.archival {
        let configuration = ConfigurationBuilder::new()
            .with_archival_validator(Archival::A2_A)
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|_| {
                Diagnostics(vec![
                    Diagnostic::error("pdf.internal", "the PDF/A and PDF/UA settings do not go together")
                        .with_hint("this is a bug in livret, not in your file"),
                ])
            })?;
        PdfDocument::new_with(SerializeSettings { configuration, ..SerializeSettings::default() })
    } else {
        PdfDocument::new()
    };
    let faces: Vec<Option<Font>> = fonts
        .faces()
        .map(|(_, face)| {
            let data: krilla::Data = match &face.bytes {
                FontBytes::Static(b) => (*b).into(),
                FontBytes::Shared(a) => a.clone().into(),
            };
            Font::new(data, 0)
        })
        .collect();
    glyphs.register(&mut pdf, &faces, &printed.document);
    let Printed { document, sheet_size: (w, h), sheets, gray, purpose } = printed;
    let Document { pages, outline: entries, roles, .. } = document;
    // Where each laid-out page lands: its sheet and offset, for bookmarks.
    let mut lands = vec![(0, (0.0, 0.0)); pages.len()];
    for (si, sheet) in sheets.iter().enumerate() {
        for p in &sheet.pages {
            lands[p.page] = (si, p.at);
        }
    }
    let mut pages: Vec<Option<Page>> = pages.into_iter().map(Some).collect();
    let mut tags = Tags {
        blocks: (0..roles.len()).map(|_| Vec::new()).collect(),
        texts: vec![String::new(); roles.len()],
        figures: Vec::new(),
    };
    let mut orphan_links = Vec::new();
    for sheet in sheets {
        let mut settings = PageSettings::from_wh(w, h).ok_or_else(|| {
            Diagnostics(vec![
                Diagnostic::error("pdf.page-size", format!("the page size {w} × {h} pt is not valid"))
                    .with_arg("width", w.to_string())
                    .with_arg("height", h.to_string()),
            ])
        })?;
        if let Some((trim, bleed)) = sheet.boxes {
            let rect = |[x, y, w, h]: [f32; 4]| Rect::from_xywh(x, y, w, h);
            settings = settings.with_trim_box(rect(trim)).with_bleed_box(rect(bleed));
        }
        let mut p = pdf.start_page_with(settings);
        let mut links = Vec::new();
        let mut surface = p.surface();
        for placed in sheet.pages {
            let Some(page) = pages.get_mut(placed.page).and_then(Option::take) else {
                continue;
            };
            let moved = placed.at != (0.0, 0.0);
            if moved {
                surface.push_transform(&Transform::from_translate(placed.at.0, placed.at.1));
            }
            draw::elements(&mut surface, &page.elements, &faces, &mut tags, placed.at, gray, h, &mut links);
            if moved {
                surface.pop();
            }
        }
        // Crop marks and the like: on the sheet, not part of any page.
        draw::elements(&mut surface, &sheet.marks, &faces, &mut tags, (0.0, 0.0), gray, h, &mut links);
        surface.finish();
        // Each link is an annotation with words for screen readers, tagged
        // inside its text's Link element.
        for link in links {
            let alt = tags::link_words(&link.target, info.language);
            let action = Target::Action(Action::Link(LinkAction::new(link.target)));
            let id = p
                .add_tagged_annotation(Annotation::new_link(LinkAnnotation::new(link.rect, action), Some(short(&alt))));
            match link.text.and_then(|(b, i)| tags.blocks.get_mut(b).and_then(|b| b.get_mut(i))) {
                Some(Child::Link(annot, _)) => *annot = Some(id),
                _ => orphan_links.push(id),
            }
        }
        p.finish();
    }
    pdf.set_tag_tree(tags::tree(&roles, tags, orphan_links));
    let mut outline = Outline::new();
    for e in &entries {
        outline.push_child(node(e, &lands));
    }
    pdf.set_outline(outline);
    let mut meta = Metadata::new()
        .title(short(&info.title))
        .authors(info.authors.iter().map(|a| short(a)).collect())
        .language(info.language.tag().to_owned())
        .creator("livret".to_owned())
        .producer(format!("livret {}", env!("CARGO_PKG_VERSION")));
    match (&info.subject, purpose) {
        (Some(s), Some(p)) => {
            let p = crate::locale::say(info.language, p, &[]);
            meta = meta.description(short(&format!("{s} — {p}")))
        }
        (Some(s), None) => meta = meta.description(short(s)),
        (None, Some(p)) => meta = meta.description(crate::locale::say(info.language, p, &[])),
        (None, None) => {}
    }
    match info.date {
        Some(Date::Epoch(t)) => meta = meta.creation_date(datetime(t)),
        Some(Date::Local { year, month, day, hour, minute }) => {
            meta = meta.creation_date(DateTime::new(year).month(month).day(day).hour(hour).minute(minute))
        }
        None => {}
    }
    pdf.set_metadata(meta);
    let bytes = pdf.finish().map_err(|e| {
        let name = |f: &Font| {
            faces.iter().position(|x| x.as_ref() == Some(f)).map_or_else(
                || "(unknown)".to_owned(),
                |i| fonts.face(crate::text::fonts::FontId(i as u16)).name.clone(),
            )
        };
        Diagnostics(convert::krilla_error(e, &name))
    })?;
    Ok(bytes)
}

/// Forget what krilla remembers of earlier PDFs (font subsets, compressed
/// page streams) that the last `builds` builds did not use: 0 forgets all.
///
/// krilla memoizes these with comemo, in one cache for the process. The
/// editions of one build share them (the same fonts, subset for the same
/// glyphs, in the reading and print-shop PDFs), and so do a watch's
/// rebuilds (the pages a change did not touch); forgetting bounds the
/// memory this holds.
pub fn forget(builds: usize) {
    comemo::evict(builds);
}

/// Longest text livret puts in the PDF's metadata, bookmarks and tags, in
/// characters: PDF strings are limited to 32,767 bytes, and no title needs
/// more than this to be recognised.
const MAX_STRING: usize = 1000;

/// At most [`MAX_STRING`] characters of `s`, ended with `…` when cut.
fn short(s: &str) -> String {
    if s.chars().count() <= MAX_STRING {
        return s.to_owned();
    }
    let mut cut: String = s.chars().take(MAX_STRING - 1).collect();
    cut.push('…');
    cut
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: rgb::Color::new(c.0, c.1, c.2).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

/// A bookmark, pointing at the sheet its page landed on.
fn node(e: &OutlineEntry, lands: &[(usize, (f32, f32))]) -> OutlineNode {
    let (sheet, (dx, dy)) = lands.get(e.page).copied().unwrap_or((e.page, (0.0, 0.0)));
    let mut n = OutlineNode::new(short(&e.title), XyzDestination::new(sheet, Point::from_xy(dx, e.y + dy)));
    for c in &e.children {
        n.push_child(node(c, lands));
    }
    n
}

/// UTC calendar time from seconds since 1970.
fn datetime(secs: i64) -> DateTime {
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let year = year.clamp(0, 9999) as u16;
    DateTime::new(year)
        .month(month)
        .day(day)
        .hour((rem / 3600) as u8)
        .minute((rem % 3600 / 60) as u8)
        .second((rem % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}
