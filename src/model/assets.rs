//! Files the programme points at: logos and fonts, read and decoded once at
//! validation so that a broken file is refused with its name before any
//! typesetting starts.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A decoded logo, ready to draw.
#[derive(Clone)]
pub struct Logo {
    /// The path as written in the programme.
    pub path: PathBuf,
    /// What kind of image it is.
    pub kind: LogoKind,
    /// Natural width and height in pixels (SVG: user units).
    pub size: (f32, f32),
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}, {:?})", self.path.display(), self.size)
    }
}

/// A logo's content.
#[derive(Clone)]
pub enum LogoKind {
    /// PNG file bytes (alpha kept when drawn).
    Png(Arc<Vec<u8>>),
    /// JPEG file bytes (passed through to the PDF, not re-encoded).
    Jpeg(Arc<Vec<u8>>),
    /// A parsed SVG, drawn as vectors.
    Svg(Arc<usvg::Tree>),
}

/// A user's font file (TTF/OTF), checked to parse.
#[derive(Debug, Clone)]
pub struct FontFile {
    /// The path as written.
    pub path: PathBuf,
    /// The file's bytes.
    pub data: Arc<Vec<u8>>,
}

/// Logos above this many pixels are refused: decoding them would take
/// hundreds of megabytes for an image printed a few centimetres wide.
const MAX_LOGO_PIXELS: u64 = 40_000_000;

/// Read and decode a logo. The error is a plain sentence for the user.
pub fn load_logo(base: &Path, rel: &str) -> Result<Logo, String> {
    let path = base.join(rel);
    let data = std::fs::read(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("the logo file `{rel}` does not exist"),
        _ => format!("the logo file `{rel}` cannot be read: {e}"),
    })?;
    decode_logo(PathBuf::from(rel), data)
}

/// Decode logo bytes, telling PNG, JPEG and SVG apart by their content
/// (not their extension: a `.png` that is really a JPEG still works).
pub fn decode_logo(path: PathBuf, data: Vec<u8>) -> Result<Logo, String> {
    let name = path.display().to_string();
    let corrupt = |why: String| format!("the logo `{name}` is damaged or not an image ({why})");
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        let mut decoder = png::Decoder::new(Cursor::new(&data[..]));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().map_err(|e| corrupt(e.to_string()))?;
        let (w, h) = (reader.info().width, reader.info().height);
        check_pixels(&name, w, h)?;
        let size = reader.output_buffer_size().ok_or_else(|| corrupt("too large".into()))?;
        let mut buf = vec![0; size];
        reader.next_frame(&mut buf).map_err(|e| corrupt(e.to_string()))?;
        return Ok(Logo { path, kind: LogoKind::Png(Arc::new(data)), size: (w as f32, h as f32) });
    }
    if data.starts_with(&[0xFF, 0xD8]) {
        let mut decoder = zune_jpeg::JpegDecoder::new(Cursor::new(&data[..]));
        decoder.decode_headers().map_err(|e| corrupt(format!("{e:?}")))?;
        let (w, h) = decoder.dimensions().ok_or_else(|| corrupt("no size".into()))?;
        check_pixels(&name, w as u32, h as u32)?;
        decoder.decode().map_err(|e| corrupt(format!("{e:?}")))?;
        return Ok(Logo { path, kind: LogoKind::Jpeg(Arc::new(data)), size: (w as f32, h as f32) });
    }
    let head = String::from_utf8_lossy(&data[..data.len().min(4096)]).to_lowercase();
    if head.contains("<svg") {
        // Fonts are only needed for SVG text; most logos are outlines.
        let has_text = data.windows(5).any(|w| w == b"<text");
        let options = if has_text { svg_options() } else { usvg::Options::default() };
        let tree = usvg::Tree::from_data(&data, &options).map_err(|e| corrupt(e.to_string()))?;
        let s = tree.size();
        if s.width() <= 0.0 || s.height() <= 0.0 {
            return Err(corrupt("it has no size".into()));
        }
        return Ok(Logo { path, kind: LogoKind::Svg(Arc::new(tree)), size: (s.width(), s.height()) });
    }
    Err(format!("the logo `{name}` is not a PNG, JPEG or SVG image"))
}

fn check_pixels(name: &str, w: u32, h: u32) -> Result<(), String> {
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_LOGO_PIXELS {
        return Err(format!("the logo `{name}` is {w} × {h} pixels; logos up to 40 megapixels are accepted"));
    }
    Ok(())
}

/// usvg options with the bundled fonts, so an SVG wordmark whose text asks
/// for Inter (or any sans-serif) draws the same on every machine. The font
/// database is made once per process and points at the fonts in the
/// binary rather than copying them.
fn svg_options() -> usvg::Options<'static> {
    static FONTS: std::sync::OnceLock<Arc<usvg::fontdb::Database>> = std::sync::OnceLock::new();
    let db = FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for face in crate::text::fonts::BUNDLED {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(face)));
        }
        db.set_sans_serif_family("Inter");
        Arc::new(db)
    });
    usvg::Options { fontdb: db.clone(), ..usvg::Options::default() }
}

/// Read a user's font and check that it parses as an OpenType font.
pub fn load_font(base: &Path, rel: &str) -> Result<FontFile, String> {
    let path = base.join(rel);
    let data = std::fs::read(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("the font file `{rel}` does not exist"),
        _ => format!("the font file `{rel}` cannot be read: {e}"),
    })?;
    // Both readers must accept it: ttf-parser (metrics) and read-fonts
    // (shaping with harfrust).
    if ttf_parser::Face::parse(&data, 0).is_err() || harfrust::Font::new(data.clone(), 0).is_none() {
        return Err(format!("the font file `{rel}` is not a TrueType or OpenType font, or it is damaged"));
    }
    Ok(FontFile { path: PathBuf::from(rel), data: Arc::new(data) })
}
