//! Drawing one laid-out page's elements on a krilla surface, tagging
//! each as it goes: text as marked content of its block (a link's text
//! inside its link), logos as figures, rectangles as layout artifacts,
//! running heads and footers as pagination artifacts, the hyphens added at
//! line ends replaced by the word's actual text.

use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::{fill, grey, raster};
use crate::layout::Element;
use crate::model::assets::LogoKind;

/// A piece of a block of text in the structure tree.
pub enum Child {
    /// Marked content.
    Content(Identifier),
    /// The text of a link, and the link's annotation once it is added
    /// (after the page's content is drawn).
    Link(Option<Identifier>, Identifier),
}

/// What the structure tree is made from, gathered while drawing.
pub struct Tags {
    /// The pieces of each block of text (index = block id - 1).
    pub blocks: Vec<Vec<Child>>,
    /// The text of each block, for headings' titles.
    pub texts: Vec<String>,
    /// Logos as figures: how many blocks of text precede each, its
    /// marked content and its text alternative.
    pub figures: Vec<(usize, Identifier, String)>,
}

/// A clickable area of a page, and which piece of text it belongs to.
pub struct LinkArea {
    /// Where, in sheet coordinates.
    pub rect: Rect,
    /// URL, `mailto:` or `tel:`.
    pub target: String,
    /// The block and piece whose text it is, when it has one.
    pub text: Option<(usize, usize)>,
}

/// Draw `elements` (of a page placed at `at` on its sheet); link areas
/// go to `links`, in sheet coordinates.
#[allow(clippy::too_many_arguments)]
pub fn elements(
    surface: &mut Surface,
    elements: &[Element],
    faces: &[Option<Font>],
    tags: &mut Tags,
    at: (f32, f32),
    gray: bool,
    page_height: f32,
    links: &mut Vec<LinkArea>,
) {
    let fill = |c| if gray { grey::fill(c) } else { fill(c) };
    // The link area drawn just before a run of link text.
    let mut open_link: Option<usize> = None;
    for e in elements {
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
                let index = (*block as usize).checked_sub(1).filter(|&b| b < tags.blocks.len());
                // A hyphen added at a line break is not part of the word.
                let actual = run
                    .actual
                    .as_deref()
                    .or_else(|| run.hyphen.then(|| run.text.strip_suffix('-').unwrap_or(&run.text)));
                match index {
                    Some(b) => {
                        let span = SpanTag { actual_text: actual, ..SpanTag::empty() };
                        let id = surface.start_tagged(ContentTag::Span(span));
                        tags.texts[b].push_str(actual.unwrap_or(&run.text));
                        let piece = match (&run.link, open_link.take()) {
                            (Some(_), Some(l)) => {
                                links[l].text = Some((b, tags.blocks[b].len()));
                                Child::Link(None, id)
                            }
                            _ => Child::Content(id),
                        };
                        tags.blocks[b].push(piece);
                    }
                    // Running heads and footers are page furniture.
                    None => {
                        let kind = if *y < page_height / 2.0 { ArtifactType::Header } else { ArtifactType::Footer };
                        surface.start_tagged(ContentTag::Artifact(Artifact::new(kind, None)));
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
                let after = tags.blocks.iter().filter(|b| !b.is_empty()).count();
                tags.figures.push((after, surface.start_tagged(ContentTag::Other), alt.clone()));
                surface.push_transform(&Transform::from_translate(*x, *y));
                match &logo.kind {
                    LogoKind::Png(data) | LogoKind::Jpeg(data) => {
                        let jpeg = matches!(logo.kind, LogoKind::Jpeg(_));
                        let img = if gray {
                            raster::grey_image(data, jpeg, *w, *h)
                        } else {
                            raster::image(data, jpeg, *w, *h)
                        };
                        if let Some(img) = img {
                            surface.draw_image(img, size);
                        }
                    }
                    LogoKind::Svg(tree) if gray => grey::draw_svg(surface, tree, *w, *h),
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
                if let Some(rect) = Rect::from_xywh(*x + at.0, *y + at.1, *w, *h) {
                    links.push(LinkArea { rect, target: target.clone(), text: None });
                    open_link = Some(links.len() - 1);
                }
            }
        }
    }
}
