//! Shaping with rustybuzz: text in, glyphs with advances and cluster
//! offsets out. Kerning and standard ligatures come from the font's own
//! OpenType features, which rustybuzz applies by default.
//!
//! Text is shaped word by word through a cache ([`ShapeCache`]): a
//! programme repeats its words (*de*, *la*, *atelier*…) and shaping
//! dominates typesetting time. Words are separated by spaces, across which
//! Latin fonts neither kern nor ligate, so the result is the same as
//! shaping the whole run.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

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

/// A glyph in font units, as cached.
#[derive(Debug, Clone, Copy)]
struct UnitGlyph {
    id: u16,
    advance: i32,
    x_offset: i32,
    y_offset: i32,
    start: u32,
    end: u32,
}

type WordMap = HashMap<Box<str>, Arc<[UnitGlyph]>, rustc_hash::FxBuildHasher>;
type PlanMap = HashMap<(FontId, Language, u32), Arc<rustybuzz::ShapePlan>, rustc_hash::FxBuildHasher>;

/// Shaped words and shaping plans, per face and language, for the length
/// of a build. A rustybuzz plan (the font's lookups for a script and
/// language) costs more to make than shaping a word with it.
#[derive(Default)]
pub struct ShapeCache {
    words: RefCell<HashMap<(FontId, Language), WordMap, rustc_hash::FxBuildHasher>>,
    plans: RefCell<PlanMap>,
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
    let scale = size / face.upem;
    let mut out = Vec::with_capacity(text.len());
    let mut cache = fonts.shape_cache().words.borrow_mut();
    let words = cache.entry((font, lang)).or_default();
    let mut start = 0;
    while start < text.len() {
        // A word, or one space.
        let end = if text[start..].starts_with(' ') {
            start + 1
        } else {
            text[start..].find(' ').map_or(text.len(), |e| start + e)
        };
        let word = &text[start..end];
        let glyphs = match words.get(word) {
            Some(g) => g.clone(),
            None => {
                let g: Arc<[UnitGlyph]> = shape_word(fonts, font, word, lang).into();
                words.insert(word.into(), g.clone());
                g
            }
        };
        for g in glyphs.iter() {
            out.push(Glyph {
                id: g.id,
                advance: g.advance as f32 * scale + tracking,
                x_offset: g.x_offset as f32 * scale,
                y_offset: g.y_offset as f32 * scale,
                range: base + start + g.start as usize..base + start + g.end as usize,
            });
        }
        start = end;
    }
    out
}

fn shape_word(fonts: &Fonts, font: FontId, text: &str, lang: Language) -> Vec<UnitGlyph> {
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
    let script = buffer.script();
    let plan = {
        let mut plans = fonts.shape_cache().plans.borrow_mut();
        plans
            .entry((font, lang, script.tag().as_u32()))
            .or_insert_with(|| {
                let language = tag.parse().ok();
                Arc::new(rustybuzz::ShapePlan::new(
                    &face.rb,
                    rustybuzz::Direction::LeftToRight,
                    Some(script),
                    language.as_ref(),
                    &[],
                ))
            })
            .clone()
    };
    let out = rustybuzz::shape_with_plan(&face.rb, &plan, buffer);
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();
    let mut glyphs = Vec::with_capacity(infos.len());
    for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let start = info.cluster;
        // A cluster ends where the next different cluster starts.
        let end = infos[i + 1..].iter().map(|g| g.cluster).find(|&c| c != start).unwrap_or(text.len() as u32);
        glyphs.push(UnitGlyph {
            id: info.glyph_id as u16,
            advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
            start,
            end: end.max(start),
        });
    }
    glyphs
}

/// Width of a string set in one style (for short labels).
pub fn width(fonts: &Fonts, font: FontId, text: &str, size: f32, tracking: f32) -> f32 {
    shape(fonts, font, text, 0, size, tracking, Language::English).iter().map(|g| g.advance).sum()
}
