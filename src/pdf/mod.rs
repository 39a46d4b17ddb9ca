//! Writing the laid-out document as PDF, with krilla (pinned in
//! Cargo.toml). This is the only module that knows krilla, so moving to
//! another writer touches this file alone.
//!
//! krilla subsets the fonts (CFF and TrueType) and writes their ToUnicode
//! maps from the text each glyph run carries, so copy-paste returns the
//! typed text; it passes JPEG data through and keeps PNG alpha.

use krilla::Document as PdfDocument;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{Point, Rect, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::tagging::{Identifier, ListNumbering, Tag, TagGroup, TagTree};
use krilla::text::Font;

mod convert;
mod draw;
mod grey;
mod raster;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::layout::{Document, OutlineEntry, Page, Role};
use crate::model::Rgb;
use crate::print::Printed;
use crate::text::Fonts;
use crate::text::fonts::FontBytes;
use draw::Tags;

/// Document information for the PDF's metadata.
#[derive(Debug, Clone, Default)]
pub struct Info {
    /// Title.
    pub title: String,
    /// Authors (the organisers).
    pub authors: Vec<String>,
    /// Subject.
    pub subject: Option<String>,
    /// BCP 47 language tag.
    pub language: String,
    /// Creation time, seconds since 1970 (from `SOURCE_DATE_EPOCH`).
    /// `None` leaves the date out, so the output stays byte-identical.
    pub created: Option<i64>,
}

/// Write the PDF of a printed edition. Errors are krilla's, in words
/// (see `convert.rs`).
///
/// The edition is taken by value: each page's elements are dropped once
/// the page is drawn, so the layout and krilla's copy of it are not both
/// held whole (10 × 40 days peaked ~25 MB lower this way).
pub fn write(printed: Printed, fonts: &Fonts, info: &Info) -> Result<Vec<u8>, Diagnostics> {
    let mut pdf = PdfDocument::new();
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
    let mut tags = Tags { blocks: vec![Vec::new(); roles.len()], figures: Vec::new() };
    for sheet in sheets {
        let mut settings = PageSettings::from_wh(w, h).ok_or_else(|| {
            Diagnostics(vec![Diagnostic::error("pdf.page-size", format!("the page size {w} × {h} pt is not valid"))])
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
            draw::elements(&mut surface, &page.elements, &faces, &mut tags, placed.at, gray, &mut links);
            if moved {
                surface.pop();
            }
        }
        // Crop marks and the like: on the sheet, not part of any page.
        draw::elements(&mut surface, &sheet.marks, &faces, &mut tags, (0.0, 0.0), gray, &mut links);
        surface.finish();
        for (rect, target) in links {
            let action = Target::Action(Action::Link(LinkAction::new(target)));
            p.add_annotation(Annotation::new_link(LinkAnnotation::new(rect, action), None));
        }
        p.finish();
    }
    pdf.set_tag_tree(tag_tree(&roles, tags.blocks, tags.figures));
    let mut outline = Outline::new();
    for e in &entries {
        outline.push_child(node(e, &lands));
    }
    pdf.set_outline(outline);
    let mut meta = Metadata::new()
        .title(info.title.clone())
        .authors(info.authors.clone())
        .language(info.language.clone())
        .creator("livret".to_owned())
        .producer(format!("livret {}", env!("CARGO_PKG_VERSION")));
    match (&info.subject, purpose) {
        (Some(s), Some(p)) => meta = meta.description(format!("{s} — {p}")),
        (Some(s), None) => meta = meta.description(s.clone()),
        (None, Some(p)) => meta = meta.description(p.to_owned()),
        (None, None) => {}
    }
    if let Some(t) = info.created {
        meta = meta.creation_date(datetime(t));
    }
    pdf.set_metadata(meta);
    pdf.finish().map_err(|e| {
        let name = |f: &Font| {
            faces.iter().position(|x| x.as_ref() == Some(f)).map_or_else(
                || "(unknown)".to_owned(),
                |i| fonts.face(crate::text::fonts::FontId(i as u16)).name.clone(),
            )
        };
        Diagnostics(convert::krilla_error(e, &name))
    })
}

/// The structure tree: headings, paragraphs and list items in reading
/// order, logos as figures with their organiser's name as alt text.
fn tag_tree(roles: &[Role], blocks: Vec<Vec<Identifier>>, figures: Vec<(usize, Identifier, String)>) -> TagTree {
    let mut tree = TagTree::new();
    let mut figures = figures.into_iter().peekable();
    let mut list: Option<TagGroup> = None;
    let mut seen = 0;
    for (role, ids) in roles.iter().zip(blocks) {
        if ids.is_empty() {
            continue;
        }
        while let Some((_, id, alt)) = figures.next_if(|f| f.0 <= seen) {
            tree.push(TagGroup::with_children(Tag::Figure(Some(alt)), vec![id.into()]));
        }
        seen += 1;
        let children = ids.into_iter().map(Into::into).collect();
        if *role == Role::ListItem {
            let body = TagGroup::with_children(Tag::LBody, children);
            let item = TagGroup::with_children(Tag::LI, vec![body.into()]);
            list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::None))).push(item);
            continue;
        }
        if let Some(l) = list.take() {
            tree.push(l);
        }
        let group = match role {
            Role::Heading(level) => {
                let level = std::num::NonZeroU16::new(u16::from(*level)).unwrap_or(std::num::NonZeroU16::MIN);
                TagGroup::with_children(Tag::Hn(level, None), children)
            }
            _ => TagGroup::with_children(Tag::P, children),
        };
        tree.push(group);
    }
    if let Some(l) = list.take() {
        tree.push(l);
    }
    for (_, id, alt) in figures {
        tree.push(TagGroup::with_children(Tag::Figure(Some(alt)), vec![id.into()]));
    }
    tree
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: rgb::Color::new(c.0, c.1, c.2).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

/// A bookmark, pointing at the sheet its page landed on.
fn node(e: &OutlineEntry, lands: &[(usize, (f32, f32))]) -> OutlineNode {
    let (sheet, (dx, dy)) = lands.get(e.page).copied().unwrap_or((e.page, (0.0, 0.0)));
    let mut n = OutlineNode::new(e.title.clone(), XyzDestination::new(sheet, Point::from_xy(dx, e.y + dy)));
    for c in &e.children {
        n.push_child(node(c, lands));
    }
    n
}

/// UTC calendar time from seconds since 1970 (civil-from-days, Howard
/// Hinnant's algorithm), so no date library is needed.
fn datetime(secs: i64) -> DateTime {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as u16;
    DateTime::new(year)
        .month(month)
        .day(day)
        .hour((rem / 3600) as u8)
        .minute((rem % 3600 / 60) as u8)
        .second((rem % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}
