//! Drawing one laid-out page's elements on a krilla surface, tagging
//! each as it goes: text as marked content of its block, logos as
//! figures, rectangles as layout artifacts, footers as furniture.

use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::{fill, grey, raster};
use crate::layout::Element;
use crate::model::assets::LogoKind;

/// What the structure tree is made from, gathered while drawing.
pub struct Tags {
    /// Marked content of each block of text (index = block id - 1).
    pub blocks: Vec<Vec<Identifier>>,
    /// Logos as figures: how many blocks of text precede each, its
    /// marked content and its text alternative.
    pub figures: Vec<(usize, Identifier, String)>,
}

/// Draw `elements` (of a page placed at `at` on its sheet); link areas
/// go to `links`, in sheet coordinates.
pub fn elements(
    surface: &mut Surface,
    elements: &[Element],
    faces: &[Option<Font>],
    tags: &mut Tags,
    at: (f32, f32),
    gray: bool,
    links: &mut Vec<(Rect, String)>,
) {
    let fill = |c| if gray { grey::fill(c) } else { fill(c) };
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
                let slot = (*block as usize).checked_sub(1).and_then(|b| tags.blocks.get_mut(b));
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
                    links.push((rect, target.clone()));
                }
            }
        }
    }
}
