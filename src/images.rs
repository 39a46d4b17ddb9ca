//! Raster images (PNG, JPEG): the crate's one decoder, and the file
//! bytes it reads, hashed once. A leaf module: validation checks logos
//! with it, the PDF writer downsamples and greys them with it.
//!
//! What is decoded is remembered (comemo, emptied with the PDF writer's
//! memos by [`crate::pdf::forget`]) by the bytes' hash: a watch's rebuild
//! and the editions of one build do not decode an unchanged logo again.
//! Only small results are kept (a size, a PDF image), never the pixels,
//! so the memo does not hold hundreds of megabytes for a large photo.

use std::io::Cursor;
use std::sync::Arc;

/// A file's bytes with their 128-bit hash taken once when read, so the
/// memos below key on 16 bytes instead of hashing megabytes at each call.
#[derive(Clone, Hash, PartialEq, Eq)]
pub struct Bytes(comemo::Prehashed<Arc<Vec<u8>>>);

impl Bytes {
    /// Wrap file bytes, hashing them.
    pub fn new(data: impl Into<Arc<Vec<u8>>>) -> Self {
        Bytes(comemo::Prehashed::new(data.into()))
    }

    /// The bytes, shared.
    pub fn shared(&self) -> &Arc<Vec<u8>> {
        &self.0
    }
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        self.0.as_slice()
    }
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bytes({})", self.len())
    }
}

/// Logos above this many pixels are refused: decoding them would take
/// hundreds of megabytes for an image printed a few centimetres wide.
const MAX_LOGO_PIXELS: u64 = 40_000_000;

/// Why a raster image cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum RasterError {
    /// Width and height, over the pixel limit (or zero).
    TooLarge(u32, u32),
    /// The decoder's words.
    Damaged(String),
}

/// The size in pixels of PNG or JPEG bytes, decoded in full so that a
/// damaged file is refused here and not half-drawn later. Remembered by
/// the bytes' hash.
#[comemo::memoize]
pub fn measure(data: &Bytes, jpeg: bool) -> Result<(u32, u32), RasterError> {
    decode_rgba(data, jpeg).map(|(_, w, h)| (w, h))
}

/// Decode PNG or JPEG bytes to 8-bit RGBA, refusing images over the
/// pixel limit before their pixels are allocated. The one decoder of the
/// crate: validation checks logos with it, the PDF writer downsamples
/// with it.
pub fn decode_rgba(data: &[u8], jpeg: bool) -> Result<(Vec<u8>, u32, u32), RasterError> {
    let check = |w: u32, h: u32| {
        if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_LOGO_PIXELS {
            return Err(RasterError::TooLarge(w, h));
        }
        Ok(())
    };
    let damaged = |why: String| RasterError::Damaged(why);
    if jpeg {
        let mut d = zune_jpeg::JpegDecoder::new(Cursor::new(data));
        d.set_options(
            zune_jpeg::zune_core::options::DecoderOptions::default()
                .jpeg_set_out_colorspace(zune_jpeg::zune_core::colorspace::ColorSpace::RGBA),
        );
        d.decode_headers().map_err(|e| damaged(jpeg_error(&e)))?;
        let (w, h) = d.dimensions().ok_or_else(|| damaged("it has no size".into()))?;
        check(w as u32, h as u32)?;
        // A JPEG cut short decodes to a picture half grey: refused.
        if !data.ends_with(&[0xFF, 0xD9]) && !data.trim_ascii_end().ends_with(&[0xFF, 0xD9]) {
            return Err(damaged("the file is cut short (no end-of-image marker)".into()));
        }
        let px = d.decode().map_err(|e| damaged(jpeg_error(&e)))?;
        if px.len() != w * h * 4 {
            return Err(damaged("its pixel data is incomplete".into()));
        }
        return Ok((px, w as u32, h as u32));
    }
    // The size is in the header, the first chunk: refused before the
    // decoder reads on.
    if data.len() >= 24 && &data[12..16] == b"IHDR" {
        let be = |i: usize| u32::from_be_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
        check(be(16), be(20))?;
    }
    let mut decoder = png::Decoder::new(Cursor::new(data));
    decoder.set_transformations(png::Transformations::normalize_to_color8() | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().map_err(|e| damaged(png_error(&e)))?;
    check(reader.info().width, reader.info().height)?;
    let size = reader.output_buffer_size().ok_or_else(|| damaged("it is too large".into()))?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| damaged(png_error(&e)))?;
    buf.truncate(info.buffer_size());
    let (w, h) = (info.width, info.height);
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::GrayscaleAlpha => buf.chunks_exact(2).flat_map(|p| [p[0], p[0], p[0], p[1]]).collect(),
        _ => return Err(damaged("its colour format cannot be read".into())),
    };
    Ok((rgba, w, h))
}

/// A PNG decoder's error in plain words. Its own text quotes Rust
/// structures (`ChunkType { type: … }`), which mean nothing to the user.
fn png_error(e: &png::DecodingError) -> String {
    match e {
        png::DecodingError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            "the file is cut short".into()
        }
        png::DecodingError::IoError(_) => "it cannot be read to the end".into(),
        png::DecodingError::Format(_) => "its PNG data is malformed".into(),
        png::DecodingError::LimitsExceeded => "it is too large to decode".into(),
        png::DecodingError::Parameter(_) => "it cannot be decoded".into(),
    }
}

/// A JPEG decoder's error in plain words (its own text is its `Debug`).
fn jpeg_error(e: &zune_jpeg::errors::DecodeErrors) -> String {
    use zune_jpeg::errors::DecodeErrors as E;
    match e {
        E::Unsupported(_) => {
            "it uses a kind of JPEG compression that cannot be read; save it again as a plain JPEG or a PNG".into()
        }
        E::ExhaustedData | E::IoErrors(_) => "the file is cut short".into(),
        E::ZeroError => "it has no size".into(),
        E::LargeDimensions(_) => "it is too large to decode".into(),
        _ => "its JPEG data is malformed".into(),
    }
}
