//! Raster logos for the PDF: passed through as they are (JPEG stays
//! JPEG, PNG keeps its alpha), unless the picture has far more pixels than
//! print needs, in which case it is downsampled to 300 dpi at its printed
//! size, so a 4000-pixel phone photo of a logo does not weigh megabytes.

use krilla::image::Image;

/// Viewers may smooth images when they enlarge them; archival PDFs forbid
/// asking for it, and logos at 300 dpi do not need it.
pub const INTERPOLATE: bool = false;

/// Print resolution the downsampling aims at.
const TARGET_DPI: f32 = 300.0;
/// Images up to this factor above the target are kept as they are:
/// resampling a slightly larger image gains little and costs sharpness.
const SLACK: f32 = 1.5;

/// A krilla image for PNG or JPEG bytes printed `w` × `h` points.
pub fn image(data: &std::sync::Arc<Vec<u8>>, jpeg: bool, w: f32, h: f32) -> Option<Image> {
    let need_w = (w / 72.0 * TARGET_DPI).ceil().max(1.0) as u32;
    let need_h = (h / 72.0 * TARGET_DPI).ceil().max(1.0) as u32;
    let passthrough = || {
        if jpeg {
            Image::from_jpeg(data.clone().into(), INTERPOLATE).ok()
        } else {
            Image::from_png(data.clone().into(), INTERPOLATE).ok()
        }
    };
    let Ok((rgba, pw, ph)) = crate::model::assets::decode_rgba(data, jpeg) else {
        return passthrough();
    };
    if (pw as f32) <= need_w as f32 * SLACK && (ph as f32) <= need_h as f32 * SLACK {
        return passthrough();
    }
    let (tw, th) = (need_w.min(pw), need_h.min(ph));
    Some(Image::from_rgba8(downsample(&rgba, pw, ph, tw, th), tw, th))
}

/// The same logo in greys (the photocopy edition), at most 300 dpi.
pub fn grey_image(data: &std::sync::Arc<Vec<u8>>, jpeg: bool, w: f32, h: f32) -> Option<Image> {
    let (rgba, pw, ph) = crate::model::assets::decode_rgba(data, jpeg).ok()?;
    let need_w = (w / 72.0 * TARGET_DPI).ceil().max(1.0) as u32;
    let need_h = (h / 72.0 * TARGET_DPI).ceil().max(1.0) as u32;
    if (pw as f32) <= need_w as f32 * SLACK && (ph as f32) <= need_h as f32 * SLACK {
        return super::grey::image(&rgba, pw, ph);
    }
    let (tw, th) = (need_w.min(pw), need_h.min(ph));
    super::grey::image(&downsample(&rgba, pw, ph, tw, th), tw, th)
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
