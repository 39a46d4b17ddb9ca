//! Shaping with rustybuzz: text in, glyphs with advances and cluster
//! offsets out. Kerning and standard ligatures come from the font's own
//! OpenType features, which rustybuzz applies by default.

use std::ops::Range;

use super::fonts::{FontId, Fonts};
use crate::model::Language;

/// A shaped glyph, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in its font.
    pub id: u16,
    /// Horizontal advance.
    pub advance: f32,
    /// Horizontal offset from the pen position.
    pub x_offset: f32,
    /// Vertical offset (up is positive, as in fonts).
    pub y_offset: f32,
    /// Byte range of the source text this glyph stands for (its cluster).
    pub range: Range<usize>,
}

/// Shape `text` in one face at one size. `base` is added to every cluster
/// offset so ranges refer to the whole paragraph's text. `tracking` is
/// extra space after each glyph, in points.
pub fn shape(
    fonts: &Fonts,
    font: FontId,
    text: &str,
    base: usize,
    size: f32,
    tracking: f32,
    lang: Language,
) -> Vec<Glyph> {
    let face = fonts.face(font);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    let tag = match lang {
        Language::French => "fr",
        Language::English => "en",
    };
    if let Ok(l) = tag.parse() {
        buffer.set_language(l);
    }
    buffer.guess_segment_properties();
    let out = rustybuzz::shape(&face.rb, &[], buffer);
    let scale = size / face.upem;
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();
    let mut glyphs: Vec<Glyph> = Vec::with_capacity(infos.len());
    for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let start = info.cluster as usize;
        // A cluster ends where the next different cluster starts.
        let end = infos[i + 1..].iter().map(|g| g.cluster as usize).find(|&c| c != start).unwrap_or(text.len());
        glyphs.push(Glyph {
            id: info.glyph_id as u16,
            advance: pos.x_advance as f32 * scale + tracking,
            x_offset: pos.x_offset as f32 * scale,
            y_offset: pos.y_offset as f32 * scale,
            range: base + start..base + end.max(start),
        });
    }
    glyphs
}

/// Width of a string set in one style (for short labels).
pub fn width(fonts: &Fonts, font: FontId, text: &str, size: f32, tracking: f32) -> f32 {
    shape(fonts, font, text, 0, size, tracking, Language::English).iter().map(|g| g.advance).sum()
}
