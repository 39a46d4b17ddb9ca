//! Shaping with harfrust (the HarfBuzz team's Rust port of HarfBuzz):
//! text in, glyphs with advances and cluster offsets out. Kerning and
//! standard ligatures come from the font's own OpenType features, which
//! harfrust applies by default. harfrust replaced rustybuzz here: same
//! glyphs and advances on the seed, four times faster (1.0 ms against
//! 4.0 ms for the seed's 943 distinct words in Inter, docs/performance.md).
//!
//! Text is shaped word by word through a cache ([`ShapeCache`]): a
//! programme repeats its words (*de*, *la*, *atelier*…) and shaping
//! dominates typesetting time. Words are separated by spaces, across which
//! Latin fonts neither kern nor ligate, so the result is the same as
//! shaping the whole run.
//!
//! Words of a right-to-left script (Hebrew, Arabic) are shaped right to
//! left, so that their glyphs come out in drawing order (and Arabic
//! letters join); [`super::paragraph`] then sets a run of such words in
//! right-to-left order within its line ([`is_rtl`]).
//!
//! The cache is shared by the typesetting threads: each word is shaped
//! outside the lock, so two threads only ever wait for a map lookup, and a
//! word one thread has shaped is free for the other.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use super::fonts::{Face, FontId, Fonts};
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
/// One shard of the word cache: words per face and language.
type Shard = Mutex<HashMap<(FontId, Language), WordMap, rustc_hash::FxBuildHasher>>;
type PlanMap = HashMap<(FontId, Language, u32), Arc<OnceLock<harfrust::ShapePlan>>, rustc_hash::FxBuildHasher>;

/// Shaped words and shaping plans, per face and language, for the length
/// of a build. A harfrust plan (the font's lookups for a script and
/// language) costs more to make than shaping a word with it.
#[derive(Default)]
pub struct ShapeCache {
    /// Words, split in shards by the word's hash so that two threads
    /// looking up different words rarely want the same lock.
    words: [Shard; SHARDS],
    plans: Mutex<PlanMap>,
}

/// Number of word shards: a power of two, much more than the two threads.
const SHARDS: usize = 16;

impl ShapeCache {
    fn shard(&self, word: &str) -> &Shard {
        use std::hash::BuildHasher;
        let h = rustc_hash::FxBuildHasher.hash_one(word);
        // The high bits of an Fx hash are the well-mixed ones.
        &self.words[(h >> 60) as usize % SHARDS]
    }

    /// The cached glyphs of `word`, if it was shaped before.
    fn get(&self, font: FontId, lang: Language, word: &str) -> Option<Arc<[UnitGlyph]>> {
        // A panic elsewhere cannot leave a half-written entry: the map is
        // only ever inserted into whole, so a poisoned lock is still sound.
        let words = self.shard(word).lock().unwrap_or_else(PoisonError::into_inner);
        words.get(&(font, lang)).and_then(|w| w.get(word)).cloned()
    }

    fn insert(&self, font: FontId, lang: Language, word: &str, glyphs: Arc<[UnitGlyph]>) {
        let mut words = self.shard(word).lock().unwrap_or_else(PoisonError::into_inner);
        words.entry((font, lang)).or_default().insert(word.into(), glyphs);
    }

    /// The plan for a face, language and script, made on first use. The
    /// map is locked only to find the slot; the plan is built outside it.
    fn plan(&self, key: (FontId, Language, u32)) -> Arc<OnceLock<harfrust::ShapePlan>> {
        let mut plans = self.plans.lock().unwrap_or_else(PoisonError::into_inner);
        plans.entry(key).or_default().clone()
    }
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
    let cache = fonts.shape_cache();
    // Made on the first word the cache does not have, then reused for
    // the rest of the run.
    let mut shaper: Option<WordShaper> = None;
    let mut start = 0;
    while start < text.len() {
        // A word, or one space.
        let end = if text[start..].starts_with(' ') {
            start + 1
        } else {
            text[start..].find(' ').map_or(text.len(), |e| start + e)
        };
        let word = &text[start..end];
        let glyphs = match cache.get(font, lang, word) {
            Some(g) => g,
            None => {
                let shaper = shaper.get_or_insert_with(|| WordShaper::new(fonts, font, lang));
                let g: Arc<[UnitGlyph]> = shaper.shape(cache, word).into();
                cache.insert(font, lang, word, g.clone());
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

/// Shapes words of one face and language: the harfrust font and language
/// are made once per run, the plans come from the shared cache.
struct WordShaper<'a> {
    id: FontId,
    lang: Language,
    face: &'a Face,
    font: harfrust::ShaperFont<'a, 'a>,
    language: Option<harfrust::Language>,
}

impl<'a> WordShaper<'a> {
    fn new(fonts: &'a Fonts, id: FontId, lang: Language) -> Self {
        let face = fonts.face(id);
        let language = match lang {
            Language::French => "fr",
            Language::English => "en",
        }
        .parse()
        .ok();
        WordShaper { id, lang, face, font: harfrust::ShaperFont::new(&face.font), language }
    }

    fn shape(&self, cache: &ShapeCache, text: &str) -> Vec<UnitGlyph> {
        let face = self.face;
        let mut buffer = harfrust::Buffer::new();
        buffer.push_str(text);
        let rtl = is_rtl(text);
        let direction = if rtl { harfrust::Direction::RightToLeft } else { harfrust::Direction::LeftToRight };
        buffer.set_direction(direction);
        buffer.set_language(self.language.clone());
        buffer.guess_segment_properties();
        let script = buffer.script();
        // Script tags are ASCII: the top bit is free to tell the direction.
        let key = script.map_or(0, |s| u32::from_be_bytes(s.tag().to_be_bytes())) | if rtl { 1 << 31 } else { 0 };
        // French ordinals (1er, 2e, XIXe): their letters as superscripts,
        // through the font's `sups` feature, so the text stays `1er`.
        let sups = (self.lang == Language::French).then(|| ordinal_suffix(text)).flatten().map(|r| {
            [harfrust::Feature { tag: harfrust::Tag::new(b"sups"), value: 1, start: r.start as u32, end: r.end as u32 }]
        });
        let slot = cache.plan((self.id, self.lang, key));
        let own_plan;
        let plan = match &sups {
            // Rare: a plan of its own, not cached.
            Some(features) => {
                own_plan = harfrust::ShapePlan::new(&face.font, direction, script, self.language.as_ref(), features);
                &own_plan
            }
            None => slot
                .get_or_init(|| harfrust::ShapePlan::new(&face.font, direction, script, self.language.as_ref(), &[])),
        };
        let mut options = harfrust::ShapeOptions::new().plan(Some(plan));
        if let Some(f) = &sups {
            options = options.features(f);
        }
        if harfrust::shape(&self.font, &mut buffer, options).is_err() {
            // A font harfrust cannot use for this text (validation parsed it,
            // but a table may still be damaged): one missing glyph per
            // character keeps the layout going, and the PDF shows the gap.
            return text
                .char_indices()
                .map(|(i, c)| UnitGlyph {
                    id: 0,
                    advance: (face.upem / 2.0) as i32,
                    x_offset: 0,
                    y_offset: 0,
                    start: i as u32,
                    end: (i + c.len_utf8()) as u32,
                })
                .collect();
        }
        let infos = buffer.glyph_infos();
        let positions = buffer.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        // A cluster ends where the next one in the text starts (in drawing
        // order, clusters go up left to right, down right to left).
        let mut starts: Vec<u32> = infos.iter().map(|g| g.cluster).collect();
        starts.sort_unstable();
        starts.dedup();
        for (info, pos) in infos.iter().zip(positions) {
            let start = info.cluster;
            let next = starts.partition_point(|&c| c <= start);
            let end = starts.get(next).copied().unwrap_or(text.len() as u32);
            glyphs.push(UnitGlyph {
                // Fonts have at most 65,535 glyphs; anything above is not a
                // glyph of this font and shows as missing.
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance,
                x_offset: pos.x_offset,
                y_offset: pos.y_offset,
                start,
                end: end.max(start),
            });
        }
        glyphs
    }
}

/// The text glyphs stand for, from their lowest to their highest
/// character: not from the first glyph to the last, since a right-to-left
/// word's glyphs run backwards.
pub fn text_span(glyphs: &[Glyph]) -> Range<usize> {
    let start = glyphs.iter().map(|g| g.range.start).min().unwrap_or(0);
    let end = glyphs.iter().map(|g| g.range.end).max().unwrap_or(start);
    start..end
}

/// The text holds a letter of a right-to-left script (Hebrew, Arabic,
/// Syriac, Thaana…).
pub fn is_rtl(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, R};
    text.chars().any(|c| !c.is_ascii() && matches!(unicode_bidi::bidi_class(c), R | AL))
}

/// Width of a string set in one style (for short labels).
pub fn width(fonts: &Fonts, font: FontId, text: &str, size: f32, tracking: f32) -> f32 {
    shape(fonts, font, text, 0, size, tracking, Language::English).iter().map(|g| g.advance).sum()
}

/// The byte range of a French ordinal's letters in `word` (`1er`, `2e`,
/// `2nde`, `XIXe`, `Ve`), trailing punctuation aside.
fn ordinal_suffix(word: &str) -> Option<std::ops::Range<usize>> {
    let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    const SUFFIXES: [&str; 10] = ["ères", "ère", "ers", "er", "res", "re", "es", "e", "nde", "nd"];
    for suf in SUFFIXES {
        let Some(stem) = core.strip_suffix(suf) else { continue };
        let arabic = !stem.is_empty() && stem.chars().all(|c| c.is_ascii_digit());
        // Roman numerals: two letters or more, or I, V, X alone (not the C
        // of "Ce", the L of "Le", the D of "De").
        let roman = (stem.len() >= 2 && stem.chars().all(|c| "IVXLC".contains(c))) || matches!(stem, "I" | "V" | "X");
        // Roman numerals take e, es, ère (not "er": "Ier" is rare and "Ver" a word).
        let roman_ok = roman && matches!(suf, "e" | "es" | "ère" | "ères");
        if arabic || roman_ok {
            return Some(stem.len()..core.len());
        }
    }
    None
}

#[cfg(test)]
mod ordinal_tests {
    use super::ordinal_suffix;

    #[test]
    fn french_ordinals_and_nothing_else() {
        assert_eq!(ordinal_suffix("1er"), Some(1..3));
        assert_eq!(ordinal_suffix("2e,"), Some(1..2));
        assert_eq!(ordinal_suffix("XIXe"), Some(3..4));
        assert_eq!(ordinal_suffix("Ve"), Some(1..2));
        assert_eq!(ordinal_suffix("21es"), Some(2..4));
        for word in ["Ce", "Le", "De", "Ver", "e", "ère", "12", "Marie", "Mme", "XIX"] {
            assert_eq!(ordinal_suffix(word), None, "{word}");
        }
    }
}
