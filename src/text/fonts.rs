//! The faces of one build, loaded for shaping and measuring: the bundled
//! Inter family (embedded in the binary so `livret` works from any folder)
//! and the user's own fonts from `[theme]` ([`crate::fonts`] holds the
//! files), with the shaping cache they share.

use std::sync::Arc;

use crate::fonts::{
    FontChoice, FontFile, INTER_BOLD, INTER_BOLD_ITALIC, INTER_DISPLAY_BOLD, INTER_ITALIC, INTER_REGULAR,
    INTER_SEMIBOLD, INTER_SEMIBOLD_ITALIC,
};

/// Index of a face in [`Fonts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontId(pub u16);

/// The bytes of a face, shared or static, for the PDF writer.
#[derive(Clone)]
pub enum FontBytes {
    /// Bundled in the binary.
    Static(&'static [u8]),
    /// Read from the user's file.
    Shared(Arc<Vec<u8>>),
}

/// One loaded face.
pub struct Face {
    /// A short name for dumps and messages (`Inter-Bold`, `myfont.ttf`).
    pub name: String,
    /// The file's bytes.
    pub bytes: FontBytes,
    /// The font, for shaping with harfrust and for looking up characters.
    pub font: harfrust::Font,
    /// Which ASCII characters the font has, bit `c` for `c`, filled on
    /// first use: typesetting asks for every character of every
    /// paragraph, and most are ASCII.
    ascii: std::sync::OnceLock<u128>,
    /// Units per em.
    pub upem: f32,
    /// Ascender, in em.
    pub ascender: f32,
    /// Descender (positive), in em.
    pub descender: f32,
    /// Advance of the hyphen, in em: needed at every hyphenation point,
    /// so it is measured once here rather than shaped each time.
    pub hyphen: f32,
}

impl Face {
    /// Whether the font has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        if c.is_ascii() {
            let ascii = self.ascii.get_or_init(|| {
                let map = self.font.charmap();
                (0..128u32).filter(|&c| map.map_unicode(c).is_some()).fold(0, |bits, c| bits | 1 << c)
            });
            return ascii >> (c as u32) & 1 == 1;
        }
        self.font.charmap().map_unicode(c).is_some()
    }
}

impl FontBytes {
    /// The bytes.
    pub fn as_slice(&self) -> &[u8] {
        match self {
            FontBytes::Static(b) => b,
            FontBytes::Shared(a) => a.as_slice(),
        }
    }

    /// The bytes as harfrust and read-fonts take them, shared, not copied.
    fn blob(&self) -> harfrust::font::Blob {
        match self {
            FontBytes::Static(b) => (*b).into(),
            FontBytes::Shared(a) => {
                let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = a.clone();
                shared.into()
            }
        }
    }
}

/// Weight of a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles and emphasis in small sizes.
    SemiBold,
    /// Strong emphasis.
    Bold,
}

/// Which family a style uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// Running text.
    Body,
    /// Headings.
    Heading,
    /// Large display titles (cover, day headings).
    Display,
}

/// The faces of one build: bundled or the user's, plus fallbacks.
pub struct Fonts {
    faces: Vec<Face>,
    /// `[body, heading]` × `[regular, italic, semibold, semibold italic, bold, bold italic]`.
    table: [[FontId; 6]; 2],
    display: FontId,
    fallbacks: Vec<FontId>,
    cache: super::shape::ShapeCache,
    memo: super::memo::Memo,
}

impl Fonts {
    /// The fonts a programme chose (its `[theme]` fonts) over the bundled
    /// family.
    pub fn new(choice: &FontChoice) -> Fonts {
        let mut fonts = Fonts::bundled();
        let user = |fonts: &mut Fonts, f: &Arc<FontFile>| {
            let name =
                f.path.file_name().map_or_else(|| f.path.display().to_string(), |n| n.to_string_lossy().into_owned());
            fonts.push(name, FontBytes::Shared(f.data.clone()))
        };
        if let Some(f) = &choice.body {
            let id = user(&mut fonts, f);
            fonts.table[0] = [id; 6];
        }
        if let Some(f) = &choice.heading {
            let id = user(&mut fonts, f);
            fonts.table[1] = [id; 6];
            fonts.display = id;
        }
        for f in &choice.fallbacks {
            let id = user(&mut fonts, f);
            fonts.fallbacks.push(id);
        }
        fonts
    }

    /// Only the bundled Inter family.
    pub fn bundled() -> Fonts {
        let mut f = Fonts {
            faces: Vec::new(),
            table: [[FontId(0); 6]; 2],
            display: FontId(0),
            fallbacks: Vec::new(),
            cache: Default::default(),
            memo: Default::default(),
        };
        let names = [
            ("Inter-Regular", INTER_REGULAR),
            ("Inter-Italic", INTER_ITALIC),
            ("Inter-SemiBold", INTER_SEMIBOLD),
            ("Inter-SemiBoldItalic", INTER_SEMIBOLD_ITALIC),
            ("Inter-Bold", INTER_BOLD),
            ("Inter-BoldItalic", INTER_BOLD_ITALIC),
        ];
        let mut ids = [FontId(0); 6];
        for (i, (name, data)) in names.into_iter().enumerate() {
            ids[i] = f.push(name.to_owned(), FontBytes::Static(data));
        }
        f.table = [ids, ids];
        f.display = f.push("InterDisplay-Bold".to_owned(), FontBytes::Static(INTER_DISPLAY_BOLD));
        f
    }

    fn push(&mut self, name: String, bytes: FontBytes) -> FontId {
        // Validation checked that user fonts parse; bundled ones are known good.
        let font = harfrust::Font::new(bytes.blob(), 0).expect("font checked at validation");
        let metrics = ttf_parser::Face::parse(bytes.as_slice(), 0).expect("font checked at validation");
        let upem = f32::from(metrics.units_per_em()).max(1.0);
        let ascender = f32::from(metrics.ascender()) / upem;
        let descender = -f32::from(metrics.descender()) / upem;
        let hyphen =
            metrics.glyph_index('-').and_then(|g| metrics.glyph_hor_advance(g)).map_or(0.33, |a| f32::from(a) / upem);
        self.faces.push(Face { name, bytes, font, ascii: Default::default(), upem, ascender, descender, hyphen });
        FontId((self.faces.len() - 1) as u16)
    }

    /// The face for a family, weight and slant.
    pub fn select(&self, family: Family, weight: Weight, italic: bool) -> FontId {
        let row = match family {
            Family::Body => 0,
            Family::Heading => 1,
            Family::Display if !italic && weight == Weight::Bold => return self.display,
            Family::Display => 1,
        };
        let col = match weight {
            Weight::Regular => 0,
            Weight::SemiBold => 2,
            Weight::Bold => 4,
        } + usize::from(italic);
        self.table[row][col]
    }

    /// A face by id.
    pub fn face(&self, id: FontId) -> &Face {
        &self.faces[usize::from(id.0)]
    }

    /// All faces, in id order.
    pub fn faces(&self) -> impl Iterator<Item = (FontId, &Face)> {
        self.faces.iter().enumerate().map(|(i, f)| (FontId(i as u16), f))
    }

    /// The paragraphs set with these fonts in this build and the one
    /// before.
    pub fn memo(&self) -> &super::memo::Memo {
        &self.memo
    }

    /// The shaping cache of this set of fonts.
    pub fn shape_cache(&self) -> &super::shape::ShapeCache {
        &self.cache
    }

    /// Advance of `-` in a face, in em.
    pub fn hyphen_advance(&self, id: FontId) -> f32 {
        self.face(id).hyphen
    }

    /// The first fallback face that has a glyph for `c`.
    pub fn fallback_for(&self, c: char) -> Option<FontId> {
        self.fallbacks.iter().copied().find(|id| self.face(*id).has_glyph(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_shortcut_agrees_with_the_character_map() {
        let fonts = Fonts::bundled();
        for (_, face) in fonts.faces() {
            let map = face.font.charmap();
            for c in (0..128u8).map(char::from) {
                assert_eq!(face.has_glyph(c), map.map_unicode(c).is_some(), "{} {c:?}", face.name);
            }
            // Inter has letters but no control characters.
            assert!(face.has_glyph('a') && face.has_glyph('~') && !face.has_glyph('\u{1}'));
            assert!(face.has_glyph('é') && !face.has_glyph('\u{0915}'));
        }
    }
}
