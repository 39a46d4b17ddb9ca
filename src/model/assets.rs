//! Logos the programme points at, read and decoded once at validation so
//! that a broken file is refused with its name before any typesetting
//! starts. (Font files are read by [`crate::fonts`].)

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::images::{Bytes, RasterError, measure};

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
    Png(Bytes),
    /// JPEG file bytes (passed through to the PDF, not re-encoded).
    Jpeg(Bytes),
    /// A parsed SVG, drawn as vectors.
    Svg(Arc<usvg::Tree>),
}

/// The largest logo file read, in bytes.
const MAX_LOGO_BYTES: u64 = 20 * 1024 * 1024;

/// Why a logo cannot be used: `reason` is a stable word for the message
/// catalogues, `message` the English sentence, `args` the values another
/// language needs to word it (`file`, and by reason `size`, `width`,
/// `height`, `picture`, `href`).
///
/// Reasons: `missing`, `not-a-file`, `too-large` (the file), `unreadable`,
/// `too-many-pixels`, `damaged`, `not-an-image`, and `picture` (a picture
/// inside an SVG; `picture` then holds one of `missing`, `not-a-file`,
/// `too-large`, `unreadable`, `too-many-pixels`, `damaged`, `not-png-jpeg`,
/// `not-read-here`, `remote`, `outside`).
#[derive(Debug, Clone, PartialEq)]
pub struct LogoError {
    /// A stable word for translations.
    pub reason: &'static str,
    /// The English sentence.
    pub message: String,
    /// The values the sentence is made of, by name.
    pub args: Vec<(&'static str, String)>,
}

impl LogoError {
    fn new(reason: &'static str, message: impl Into<String>) -> Self {
        LogoError { reason, message: message.into(), args: Vec::new() }
    }

    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Read a file a logo points at (the logo, or a picture inside an SVG).
/// The error's `file` argument is left to the caller.
fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, LogoError> {
    use crate::files::ReadError;
    crate::files::read(path, MAX_LOGO_BYTES).map_err(|e| match e {
        ReadError::Missing => LogoError::new("missing", format!("the {what} does not exist")),
        ReadError::NotAFile => LogoError::new("not-a-file", format!("the {what} is not a file")),
        ReadError::TooLarge(n) => {
            let size = crate::files::size_text(n);
            let limit = crate::files::size_text(MAX_LOGO_BYTES);
            LogoError::new("too-large", format!("the {what} is {size}; logo files are at most {limit}"))
                .with("size", size)
        }
        ReadError::Other(e) => LogoError::new("unreadable", format!("the {what} cannot be read: {e}")),
    })
}

/// Read and decode a logo. Pictures an SVG logo points at are read
/// relative to the SVG, and only from inside the programme's folder.
pub fn load_logo(base: &Path, rel: &str) -> Result<Logo, LogoError> {
    let path = base.join(rel);
    let data = read_file(&path, &format!("logo file `{rel}`")).map_err(|e| e.with("file", rel))?;
    let folder = path.parent().map_or_else(|| base.to_path_buf(), Path::to_path_buf);
    decode(PathBuf::from(rel), data, Some((base, &folder)))
}

/// Decode logo bytes, telling PNG, JPEG and SVG apart by their content
/// (not their extension: a `.png` that is really a JPEG still works). An
/// SVG may not point at files here.
pub fn decode_logo(path: PathBuf, data: Vec<u8>) -> Result<Logo, LogoError> {
    decode(path, data, None)
}

/// Decode logo bytes; `files` is the programme's folder and the SVG's,
/// where pictures an SVG points at may be read.
fn decode(path: PathBuf, data: Vec<u8>, files: Option<(&Path, &Path)>) -> Result<Logo, LogoError> {
    let name = path.display().to_string();
    let fail = |reason, message: String| LogoError::new(reason, message).with("file", &name);
    // The decoder's own words stay in the English sentence only: other
    // languages say that the file is damaged.
    let damaged = |why: &str| fail("damaged", format!("the logo `{name}` is damaged or not an image ({why})"));
    for (magic, jpeg) in [(&b"\x89PNG\r\n\x1a\n"[..], false), (&[0xFF, 0xD8][..], true)] {
        if data.starts_with(magic) {
            // Decoded in full now (once per content: the result is
            // remembered), so a damaged file is refused here and not
            // half-drawn later.
            let bytes = Bytes::new(data);
            let (w, h) = measure(&bytes, jpeg).map_err(|why| match why {
                RasterError::TooLarge(w, h) => fail(
                    "too-many-pixels",
                    format!("the logo `{name}` is {w} × {h} pixels; logos up to 40 megapixels are accepted"),
                )
                .with("width", w)
                .with("height", h),
                RasterError::Damaged(why) => damaged(&why),
            })?;
            let kind = if jpeg { LogoKind::Jpeg(bytes) } else { LogoKind::Png(bytes) };
            return Ok(Logo { path, kind, size: (w as f32, h as f32) });
        }
    }
    let head = String::from_utf8_lossy(&data[..data.len().min(4096)]).to_lowercase();
    if head.contains("<svg") {
        // A logo of outlines alone depends on its bytes only: parsed once
        // per content (remembered like a PNG's size check), so a watch's
        // rebuilds do not parse an unchanged logo again. One that may
        // point at pictures is parsed every time, so that a picture
        // changed or gone is seen.
        let tree = if data.windows(5).any(|w| w.eq_ignore_ascii_case(b"image")) {
            let problems: Arc<std::sync::Mutex<Vec<LogoError>>> = Arc::default();
            let mut options = svg_options_for(&data);
            options.image_href_resolver = pictures(files, problems.clone());
            options.resources_dir = files.map(|(_, folder)| folder.to_path_buf());
            let tree = usvg::Tree::from_data(&data, &options).map_err(|e| damaged(&svg_error(&e)))?;
            if let Some(p) = problems.lock().ok().and_then(|p| p.first().cloned()) {
                let message = format!("the logo `{name}` holds a picture that cannot be used: {}", p.message);
                let mut e = fail("picture", message).with("picture", p.reason);
                e.args.extend(p.args);
                return Err(e);
            }
            Arc::new(tree)
        } else {
            outlines(&Bytes::new(data)).map_err(|why| damaged(&why))?
        };
        let s = tree.size();
        if s.width() <= 0.0 || s.height() <= 0.0 {
            return Err(damaged("it has no size"));
        }
        return Ok(Logo { path, kind: LogoKind::Svg(tree), size: (s.width(), s.height()) });
    }
    Err(fail("not-an-image", format!("the logo `{name}` is not a PNG, JPEG or SVG image")))
}

/// An SVG logo that points at no picture, parsed (remembered by content,
/// emptied with the PDF writer's parts by `pdf::forget`).
#[comemo::memoize]
fn outlines(data: &Bytes) -> Result<Arc<usvg::Tree>, String> {
    usvg::Tree::from_data(data, &svg_options_for(data)).map(Arc::new).map_err(|e| svg_error(&e))
}

/// The usvg options for an SVG: the bundled fonts only when it has text
/// (most logos are outlines, and the font database costs to build).
fn svg_options_for(data: &[u8]) -> usvg::Options<'static> {
    if data.windows(5).any(|w| w == b"<text") { svg_options() } else { usvg::Options::default() }
}

/// An SVG parser's error in plain words.
fn svg_error(e: &usvg::Error) -> String {
    match e {
        usvg::Error::NotAnUtf8Str => "its text is not in UTF-8".into(),
        usvg::Error::MalformedGZip => "its compressed data is broken".into(),
        usvg::Error::ElementsLimitReached => "it has too many elements".into(),
        usvg::Error::InvalidSize => "it has no valid size".into(),
        // roxmltree's words with the line and column in the SVG.
        usvg::Error::ParsingFailed(e) => format!("its SVG is malformed: {e}"),
    }
}

/// How the pictures inside an SVG logo are read: PNG or JPEG only,
/// decoded in full now under the same limits as a logo (an inline picture
/// declaring 100,000 × 100,000 pixels is refused, not allocated), and from
/// a file only inside the programme's folder, relative to the SVG. What
/// goes wrong is put in `problems`.
fn pictures(
    files: Option<(&Path, &Path)>,
    problems: Arc<std::sync::Mutex<Vec<LogoError>>>,
) -> usvg::ImageHrefResolver<'static> {
    let report = |problems: &std::sync::Mutex<Vec<LogoError>>, e: LogoError| {
        if let Ok(mut p) = problems.lock() {
            p.push(e);
        }
        None
    };
    let check = {
        let problems = problems.clone();
        move |data: Arc<Vec<u8>>| -> Option<usvg::ImageKind> {
            let jpeg = data.starts_with(&[0xFF, 0xD8]);
            let png = data.starts_with(b"\x89PNG\r\n\x1a\n");
            let fail = |e: LogoError| report(&problems, e);
            if !jpeg && !png {
                return fail(LogoError::new("not-png-jpeg", "only PNG and JPEG pictures are accepted inside an SVG"));
            }
            match measure(&Bytes::new(data.clone()), jpeg) {
                Ok(_) => Some(if jpeg { usvg::ImageKind::JPEG(data) } else { usvg::ImageKind::PNG(data) }),
                Err(RasterError::TooLarge(w, h)) => {
                    let message = format!("a picture of {w} × {h} pixels; up to 40 megapixels are accepted");
                    fail(LogoError::new("too-many-pixels", message).with("width", w).with("height", h))
                }
                Err(RasterError::Damaged(why)) => fail(LogoError::new("damaged", format!("a damaged picture ({why})"))),
            }
        }
    };
    let check_data = check.clone();
    let roots = files.map(|(base, folder)| (base.canonicalize().ok(), folder.to_path_buf()));
    usvg::ImageHrefResolver {
        resolve_data: Box::new(move |_mime, data, _| check_data(data)),
        resolve_string: Box::new(move |href, _| {
            let fail = |reason, message: String| report(&problems, LogoError::new(reason, message).with("href", href));
            let Some((Some(base), folder)) = &roots else {
                return fail("not-read-here", format!("it points at the file `{href}`, which is not read here"));
            };
            let rel = Path::new(href);
            if href.contains("://") || href.starts_with("file:") || rel.is_absolute() {
                return fail("remote", format!("it points at `{href}`: only files next to the SVG are read"));
            }
            let path = folder.join(rel);
            match path.canonicalize() {
                Ok(p) if p.starts_with(base) => match read_file(&p, &format!("picture `{href}`")) {
                    Ok(data) => check(Arc::new(data)),
                    Err(e) => report(&problems, e.with("href", href)),
                },
                Ok(_) => fail("outside", format!("it points at `{href}`, outside the programme's folder")),
                Err(_) => fail("missing", format!("the picture `{href}` does not exist")),
            }
        }),
    }
}

/// usvg options with the bundled fonts, so an SVG wordmark whose text asks
/// for Inter (or any sans-serif) draws the same on every machine. The font
/// database is made once per process and points at the fonts in the
/// binary rather than copying them.
fn svg_options() -> usvg::Options<'static> {
    static FONTS: std::sync::OnceLock<Arc<usvg::fontdb::Database>> = std::sync::OnceLock::new();
    let db = FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for face in crate::fonts::BUNDLED {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(face)));
        }
        db.set_sans_serif_family("Inter");
        Arc::new(db)
    });
    usvg::Options { fontdb: db.clone(), ..usvg::Options::default() }
}
