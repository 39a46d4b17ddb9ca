//! The print shop's edition: each page on a sheet with room around it for
//! 3 mm of bleed and crop marks. Backgrounds that reach the page's edges
//! (the cover band) are extended into the bleed; a trim box and a bleed
//! box tell the printer where to cut.

use super::{Placement, Printed, Sheet};
use crate::layout::{Document, Element};
use crate::model::Rgb;

/// Room around the trimmed page: bleed, a gap, the marks, a margin.
const SLUG: f32 = 10.0 * 72.0 / 25.4;
/// Crop marks start this far outside the trim (beyond the bleed)...
const MARK_GAP: f32 = 2.0;
/// ...and are this long (5 mm).
const MARK_LENGTH: f32 = 5.0 * 72.0 / 25.4;
/// A hairline, as printers draw crop marks.
const HAIRLINE: f32 = 0.25;

/// What the print shop's file is for, in its metadata.
const PURPOSE: &str = "purpose-print-shop";

/// Each page of `document` on a sheet with bleed and crop marks.
pub fn print_shop(mut document: Document, bleed: f32) -> Printed {
    let (w, h) = document.page_size;
    for page in &mut document.pages {
        for &i in &page.edge_rects {
            if let Some(Element::Rect { x, y, w: rw, h: rh, .. }) = page.elements.get_mut(i) {
                // A band inset from the edges on screen runs into the bleed.
                let right = *x + *rw;
                if *x <= document.margins.left {
                    *x = -bleed;
                }
                let right = if right >= w - document.margins.right { w + bleed } else { right };
                *rw = right - *x;
                if *y <= document.margins.top / 2.0 {
                    *rh += *y + bleed;
                    *y = -bleed;
                }
            }
        }
    }
    let sheet_size = (w + 2.0 * SLUG, h + 2.0 * SLUG);
    let trim = [SLUG, SLUG, w, h];
    let bleed_box = [SLUG - bleed, SLUG - bleed, w + 2.0 * bleed, h + 2.0 * bleed];
    let sheets = (0..document.pages.len())
        .map(|page| Sheet {
            pages: vec![Placement { page, at: (SLUG, SLUG) }],
            marks: crop_marks(trim, bleed),
            boxes: Some((trim, bleed_box)),
        })
        .collect();
    Printed { document, sheet_size, sheets, gray: false, purpose: Some(PURPOSE) }
}

/// Two hairlines at each corner of the trim box, outside the bleed.
fn crop_marks([x, y, w, h]: [f32; 4], bleed: f32) -> Vec<Element> {
    let black = Rgb(0, 0, 0);
    let off = bleed + MARK_GAP;
    let mut out = Vec::new();
    for (cx, sx) in [(x, -1.0), (x + w, 1.0)] {
        for (cy, sy) in [(y, -1.0), (y + h, 1.0)] {
            // Horizontal mark, level with the horizontal trim edge.
            let hx = if sx < 0.0 { cx - off - MARK_LENGTH } else { cx + off };
            out.push(Element::Rect { x: hx, y: cy - HAIRLINE / 2.0, w: MARK_LENGTH, h: HAIRLINE, color: black });
            // Vertical mark, level with the vertical trim edge.
            let vy = if sy < 0.0 { cy - off - MARK_LENGTH } else { cy + off };
            out.push(Element::Rect { x: cx - HAIRLINE / 2.0, y: vy, w: HAIRLINE, h: MARK_LENGTH, color: black });
        }
    }
    out
}
