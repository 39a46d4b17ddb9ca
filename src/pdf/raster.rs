//! Raster logos for the PDF: passed through as they are (JPEG stays
//! JPEG, PNG keeps its alpha), unless the picture has far more pixels than
//! print needs, in which case it is downsampled to 300 dpi at its printed
//! size, so a 4000-pixel phone photo of a logo does not weigh megabytes.

use krilla::image::Image;

use crate::images::{Bytes, decode_rgba, measure};

/// Viewers may smooth images when they enlarge them; archival PDFs forbid
/// asking for it, and logos at 300 dpi do not need it.
pub const INTERPOLATE: bool = false;

/// Print resolution the downsampling aims at.
const TARGET_DPI: f32 = 300.0;
/// Images up to this factor above the target are kept as they are:
/// resampling a slightly larger image gains little and costs sharpness.
const SLACK: f32 = 1.5;

/// A krilla image for PNG or JPEG bytes printed `w` × `h` points.
pub fn image(data: &Bytes, jpeg: bool, w: f32, h: f32) -> Option<Image> {
    fitted(data, jpeg, needed(w, h), false)
}

/// The same logo in greys (the photocopy edition), at most 300 dpi.
pub fn grey_image(data: &Bytes, jpeg: bool, w: f32, h: f32) -> Option<Image> {
    fitted(data, jpeg, needed(w, h), true)
}

/// The pixels print needs for `w` × `h` points.
fn needed(w: f32, h: f32) -> (u32, u32) {
    let px = |pt: f32| (pt / 72.0 * TARGET_DPI).ceil().max(1.0) as u32;
    (px(w), px(h))
}

/// The image drawn for a logo needing `need` pixels, in colour or grey.
/// Remembered by the bytes' hash: krilla decodes and compresses an image
/// once per [`Image`] value, so handing every edition and every rebuild
/// of a watch the same value does that work once for an unchanged logo.
#[comemo::memoize]
fn fitted(data: &Bytes, jpeg: bool, need: (u32, u32), grey: bool) -> Option<Image> {
    let passthrough = || {
        let bytes = data.shared().clone().into();
        if jpeg { Image::from_jpeg(bytes, INTERPOLATE).ok() } else { Image::from_png(bytes, INTERPOLATE).ok() }
    };
    // The size is remembered from validation: a logo passed through as it
    // is is not decoded again here.
    let Ok((pw, ph)) = measure(data, jpeg) else {
        return if grey { None } else { passthrough() };
    };
    let small = (pw as f32) <= need.0 as f32 * SLACK && (ph as f32) <= need.1 as f32 * SLACK;
    if small && !grey {
        return passthrough();
    }
    let (rgba, pw, ph) = decode_rgba(data, jpeg).ok()?;
    if small {
        return super::grey::image(&rgba, pw, ph);
    }
    let (tw, th) = (need.0.min(pw), need.1.min(ph));
    let pixels = downsample(&rgba, pw, ph, tw, th);
    if grey { super::grey::image(&pixels, tw, th) } else { Some(Image::from_rgba8(pixels, tw, th)) }
}

/// Box-filter downsampling: each target pixel is the mean of the source
/// pixels it covers, alpha-weighted so transparent edges do not darken.
fn downsample(src: &[u8], sw: u32, sh: u32, tw: u32, th: u32) -> Vec<u8> {
    let mut out = vec![0u8; (tw * th * 4) as usize];
    for ty in 0..th {
        let y0 = ty * sh / th;
        let y1 = ((ty + 1) * sh / th).max(y0 + 1);
        for tx in 0..tw {
            let x0 = tx * sw / tw;
            let x1 = ((tx + 1) * sw / tw).max(x0 + 1);
            let mut acc = [0u64; 4];
            for y in y0..y1 {
                for x in x0..x1 {
                    let i = ((y * sw + x) * 4) as usize;
                    let a = u64::from(src[i + 3]);
                    for c in 0..3 {
                        acc[c] += u64::from(src[i + c]) * a;
                    }
                    acc[3] += a;
                }
            }
            let n = u64::from((y1 - y0) * (x1 - x0));
            let o = ((ty * tw + tx) * 4) as usize;
            for c in 0..3 {
                out[o + c] = acc[c].checked_div(acc[3]).map_or(0, |v| v as u8);
            }
            out[o + 3] = (acc[3] / n) as u8;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn box_filter_averages_and_keeps_alpha() {
        // 2×2 → 1×1: two opaque white, two transparent.
        let src = [255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0];
        let out = downsample(&src, 2, 2, 1, 1);
        assert_eq!(out, vec![255, 255, 255, 127]);
    }
}
