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

/// Read a user's font and check that it parses as an OpenType font.
pub fn load_font(base: &Path, rel: &str) -> Result<FontFile, String> {
    use crate::files::ReadError;
    let path = base.join(rel);
    let data = crate::files::read(&path, MAX_FONT_BYTES).map_err(|e| match e {
        ReadError::Missing => format!("the font file `{rel}` does not exist"),
        ReadError::NotAFile => format!("the font file `{rel}` is not a file"),
        ReadError::TooLarge(n) => {
            format!("the font file `{rel}` is {}; font files are at most 50 MB", crate::files::size_text(n))
        }
        ReadError::Other(e) => format!("the font file `{rel}` cannot be read: {e}"),
    })?;
    // Both readers must accept it: ttf-parser (metrics) and read-fonts
    // (shaping with harfrust).
    if ttf_parser::Face::parse(&data, 0).is_err() || harfrust::Font::new(data.clone(), 0).is_none() {
        return Err(format!("the font file `{rel}` is not a TrueType or OpenType font, or it is damaged"));
    }
    Ok(FontFile { path: PathBuf::from(rel), data: Arc::new(data) })
}
