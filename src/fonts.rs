//! Font files: the bundled Inter family and the user's own TTF/OTF files,
//! read and checked. A leaf module (but for [`crate::files`]): the model stores the files it
//! validated, the text engine loads them ([`crate::text::Fonts`]), and
//! neither imports the other for it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Inter 3.19 (OFL-1.1, see `fonts/LICENSE-Inter-OFL.txt`), Regular: the
/// body face. Inter covers Latin Extended and Vietnamese, is designed for
/// small sizes, has true italics, and ships kerning and standard ligatures.
pub static INTER_REGULAR: &[u8] = include_bytes!("../fonts/Inter-Regular.otf");
/// Inter Italic.
pub static INTER_ITALIC: &[u8] = include_bytes!("../fonts/Inter-Italic.otf");
/// Inter SemiBold.
pub static INTER_SEMIBOLD: &[u8] = include_bytes!("../fonts/Inter-SemiBold.otf");
/// Inter SemiBold Italic.
pub static INTER_SEMIBOLD_ITALIC: &[u8] = include_bytes!("../fonts/Inter-SemiBoldItalic.otf");
/// Inter Bold.
pub static INTER_BOLD: &[u8] = include_bytes!("../fonts/Inter-Bold.otf");
/// Inter Bold Italic.
pub static INTER_BOLD_ITALIC: &[u8] = include_bytes!("../fonts/Inter-BoldItalic.otf");
/// Inter Display Bold: the optical size drawn for large titles (tighter
/// spacing and finer details than text Inter at 20 pt and above).
pub static INTER_DISPLAY_BOLD: &[u8] = include_bytes!("../fonts/InterDisplay-Bold.otf");

/// Every bundled face, for tools that need them all (the SVG renderer).
pub static BUNDLED: [&[u8]; 7] = [
    INTER_REGULAR,
    INTER_ITALIC,
    INTER_SEMIBOLD,
    INTER_SEMIBOLD_ITALIC,
    INTER_BOLD,
    INTER_BOLD_ITALIC,
    INTER_DISPLAY_BOLD,
];

/// A user's font file (TTF/OTF), checked to parse.
#[derive(Debug, Clone)]
pub struct FontFile {
    /// The path as written.
    pub path: PathBuf,
    /// The file's bytes.
    pub data: Arc<Vec<u8>>,
    /// Whether its licence allows embedding it (the `OS/2` table's
    /// permissions are not "restricted"): a PDF/A file must embed it.
    pub embeddable: bool,
}

/// The fonts a programme asks for; `None` means the bundled family.
#[derive(Debug, Clone, Default)]
pub struct FontChoice {
    /// Body text font.
    pub body: Option<Arc<FontFile>>,
    /// Heading font.
    pub heading: Option<Arc<FontFile>>,
    /// Fonts tried for characters the main fonts lack.
    pub fallbacks: Vec<Arc<FontFile>>,
}

impl FontChoice {
    /// The user's font files chosen.
    pub fn files(&self) -> impl Iterator<Item = &FontFile> {
        self.body.iter().chain(&self.heading).chain(&self.fallbacks).map(|f| f.as_ref())
    }
}

/// The largest font file read (a CJK font is about 20 MB).
const MAX_FONT_BYTES: u64 = 50 * 1024 * 1024;

/// Why a user's font file cannot be used: `reason` is a stable word for
/// the message catalogues (`missing`, `not-a-file`, `too-large`,
/// `unreadable`, `not-a-font`, `damaged`), `message` the English sentence.
#[derive(Debug, Clone)]
pub struct FontError {
    /// A stable word for translations.
    pub reason: &'static str,
    /// The English sentence.
    pub message: String,
    /// The file's size in words, for `too-large`.
    pub size: Option<String>,
}

/// Read a user's font and check that it parses as an OpenType font and
/// can be subset for embedding.
pub fn load_font(base: &Path, rel: &str) -> Result<FontFile, FontError> {
    use crate::files::ReadError;
    let fail = |reason, message: String| FontError { reason, message, size: None };
    let path = base.join(rel);
    let data = crate::files::read(&path, MAX_FONT_BYTES).map_err(|e| match e {
        ReadError::Missing => fail("missing", format!("the font file `{rel}` does not exist")),
        ReadError::NotAFile => fail("not-a-file", format!("the font file `{rel}` is not a file")),
        ReadError::TooLarge(n) => {
            let size = crate::files::size_text(n);
            let message = format!("the font file `{rel}` is {size}; font files are at most 50 MB");
            FontError { size: Some(size), ..fail("too-large", message) }
        }
        ReadError::Other(e) => fail("unreadable", format!("the font file `{rel}` cannot be read: {e}")),
    })?;
    let not_a_font =
        || fail("not-a-font", format!("the font file `{rel}` is not a TrueType or OpenType font, or it is damaged"));
    // Both readers must accept it: ttf-parser (metrics) and read-fonts
    // (shaping with harfrust).
    let face = ttf_parser::Face::parse(&data, 0).map_err(|_| not_a_font())?;
    harfrust::Font::new(data.clone(), 0).ok_or_else(not_a_font)?;
    // The PDF embeds a subset: try one now, with the glyphs of plain
    // letters and digits, the first and the last (damaged tables are
    // usually cut short at their end), so that the error comes with the
    // file's name at `check` rather than from the PDF writer.
    let n = face.number_of_glyphs();
    let mut glyphs: Vec<u16> = ('0'..='z').filter_map(|c| face.glyph_index(c)).map(|g| g.0).collect();
    glyphs.extend([1, n.saturating_sub(1)]);
    glyphs.retain(|&g| g < n);
    glyphs.sort_unstable();
    glyphs.dedup();
    let mapper = subsetter::GlyphRemapper::new_from_glyphs_sorted(&glyphs);
    if let Err(e) = subsetter::subset(&data, 0, &mapper) {
        let why = subset_error(&e);
        return Err(fail(
            "damaged",
            format!("the font file `{rel}` is damaged: its glyphs cannot be embedded ({why})"),
        ));
    }
    let embeddable = face.permissions() != Some(ttf_parser::Permissions::Restricted);
    Ok(FontFile { path: PathBuf::from(rel), data: Arc::new(data), embeddable })
}

/// A subsetter error in words.
fn subset_error(e: &subsetter::Error) -> &'static str {
    match e {
        subsetter::Error::UnknownKind => "an unknown kind of font",
        subsetter::Error::MalformedFont => "a table is malformed or cut short",
        subsetter::Error::CFFError => "its CFF outlines are malformed",
        subsetter::Error::Unimplemented => "it uses a font feature that cannot be embedded",
        subsetter::Error::SubsetError | subsetter::Error::OverflowError => "its tables overflow when embedded",
    }
}
