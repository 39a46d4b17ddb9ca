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
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_svg::{SurfaceExt, SvgSettings};

mod raster;

use crate::layout::{Document, Element, OutlineEntry, Role};
use crate::model::Rgb;
use crate::model::assets::LogoKind;
use crate::text::Fonts;
use crate::text::fonts::FontBytes;

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

/// Write the PDF. Errors are krilla's, in words.
///
/// The document is taken by value: each page's elements are dropped once
/// the page is drawn, so the layout and krilla's copy of it are not both
/// held whole (10 × 40 days peaked ~25 MB lower this way).
pub fn write(doc: Document, fonts: &Fonts, info: &Info) -> Result<Vec<u8>, String> {
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
    let Document { page_size: (w, h), pages, outline: entries, roles, .. } = doc;
    // Marked content of each block of text (index = block id - 1), and
    // the logos as figures, to build the structure tree in reading order.
    let mut blocks: Vec<Vec<Identifier>> = vec![Vec::new(); roles.len()];
    let mut figures: Vec<(usize, Identifier, String)> = Vec::new();
    for page in pages {
        let settings = PageSettings::from_wh(w, h).ok_or("invalid page size")?;
        let mut p = pdf.start_page_with(settings);
        let mut links = Vec::new();
        let mut surface = p.surface();
        for e in &page.elements {
            match e {
                Element::Rect { x, y, w, h, color } => {
                    let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                        continue;
                    };
                    let mut pb = PathBuilder::new();
                    pb.push_rect(rect);
                    if let Some(path) = pb.finish() {
                        // Bands, rules and bars are decoration.
                        surface.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None)));
                        surface.set_fill(Some(fill(*color)));
                        surface.draw_path(&path);
                        surface.end_tagged();
                    }
                }
                Element::Text { x, y, run, block, .. } => {
                    let Some(Some(font)) = faces.get(usize::from(run.font.0)) else {
                        continue;
                    };
                    let size = run.size;
                    let glyphs: Vec<KrillaGlyph> = run
                        .glyphs
                        .iter()
                        .map(|g| {
                            KrillaGlyph::new(
                                GlyphId::new(u32::from(g.id)),
                                g.advance / size,
                                g.x_offset / size,
                                g.y_offset / size,
                                0.0,
                                g.range.clone(),
                                None,
                            )
                        })
                        .collect();
                    let slot = (*block as usize).checked_sub(1).and_then(|b| blocks.get_mut(b));
                    match slot {
                        Some(ids) => ids.push(surface.start_tagged(ContentTag::Span(SpanTag::empty()))),
                        // Running footers are page furniture.
                        None => {
                            surface.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Other, None)));
                        }
                    }
                    surface.set_fill(Some(fill(run.color)));
                    surface.draw_glyphs(Point::from_xy(*x, *y), &glyphs, font.clone(), &run.text, size, false);
                    surface.end_tagged();
                }
                Element::Image { x, y, w, h, logo, alt } => {
                    let Some(size) = Size::from_wh(*w, *h) else {
                        continue;
                    };
                    // A logo is read after the text that precedes it.
                    let after = blocks.iter().filter(|b| !b.is_empty()).count();
                    figures.push((after, surface.start_tagged(ContentTag::Other), alt.clone()));
                    surface.push_transform(&Transform::from_translate(*x, *y));
                    match &logo.kind {
                        LogoKind::Png(data) | LogoKind::Jpeg(data) => {
                            let jpeg = matches!(logo.kind, LogoKind::Jpeg(_));
                            if let Some(img) = raster::image(data, jpeg, *w, *h) {
                                surface.draw_image(img, size);
                            }
                        }
                        LogoKind::Svg(tree) => {
                            // Text in a logo is drawn as outlines: it is artwork, not
                            // prose to search or copy.
                            let settings = SvgSettings { embed_text: false, ..SvgSettings::default() };
                            surface.draw_svg(tree, size, settings);
                        }
                    }
                    surface.pop();
                    surface.end_tagged();
                }
                Element::Link { x, y, w, h, target } => {
                    if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                        links.push((rect, target.clone()));
                    }
                }
            }
        }
        surface.finish();
        for (rect, target) in links {
            let action = Target::Action(Action::Link(LinkAction::new(target)));
            p.add_annotation(Annotation::new_link(LinkAnnotation::new(rect, action), None));
        }
        p.finish();
    }
    pdf.set_tag_tree(tag_tree(&roles, blocks, figures));
    let mut outline = Outline::new();
    for e in &entries {
        outline.push_child(node(e));
    }
    pdf.set_outline(outline);
    let mut meta = Metadata::new()
        .title(info.title.clone())
        .authors(info.authors.clone())
        .language(info.language.clone())
        .creator("livret".to_owned())
        .producer(format!("livret {}", env!("CARGO_PKG_VERSION")));
    if let Some(s) = &info.subject {
        meta = meta.description(s.clone());
    }
    if let Some(t) = info.created {
        meta = meta.creation_date(datetime(t));
    }
    pdf.set_metadata(meta);
    pdf.finish().map_err(|e| format!("the PDF could not be written: {e:?}"))
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

fn node(e: &OutlineEntry) -> OutlineNode {
    let mut n = OutlineNode::new(e.title.clone(), XyzDestination::new(e.page, Point::from_xy(0.0, e.y)));
    for c in &e.children {
        n.push_child(node(c));
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
