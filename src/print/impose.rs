//! Saddle-stitch imposition: A5 pages two-up on A4 landscape sheets,
//! printed on both sides (flipped on the short edge), folded in the middle
//! and stapled. The layout already made the page count a multiple of 4.

use super::{Placement, Printed, Sheet};
use crate::layout::Document;
use crate::model::Paper;

/// What the booklet's file is for, in its metadata.
const PURPOSE: &str = "purpose-booklet";

/// The pages (1-based) on each side of each sheet, left then right: sheet
/// `s` (0-based) of `p` pages carries `[p − 2s, 2s + 1]` on its front and
/// `[2s + 2, p − 2s − 1]` on its back. `p` must be a multiple of 4.
pub fn order(p: usize) -> Vec<[usize; 2]> {
    let mut sides = Vec::with_capacity(p / 2);
    for s in 0..p / 4 {
        sides.push([p - 2 * s, 2 * s + 1]);
        sides.push([2 * s + 2, p - 2 * s - 1]);
    }
    sides
}

/// Impose a document of A5 pages on A4 landscape sheets.
pub fn booklet(document: Document) -> Printed {
    let (a4w, a4h) = Paper::A4.size_pt();
    let sheet = (a4h, a4w);
    let (pw, ph) = document.page_size;
    // Two A5 pages are 296 mm wide, the sheet 297: centred.
    let x0 = (sheet.0 - 2.0 * pw) / 2.0;
    let y0 = (sheet.1 - ph) / 2.0;
    let n = document.pages.len();
    let sheets = order(n)
        .into_iter()
        .map(|pair| Sheet {
            pages: pair
                .iter()
                .enumerate()
                .filter(|(_, p)| **p >= 1 && **p <= n)
                .map(|(i, p)| Placement { page: p - 1, at: (x0 + i as f32 * pw, y0) })
                .collect(),
            ..Sheet::default()
        })
        .collect();
    Printed { document, sheet_size: sheet, sheets, gray: false, purpose: Some(PURPOSE) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_pages_on_two_sheets() {
        assert_eq!(order(8), vec![[8, 1], [2, 7], [6, 3], [4, 5]]);
    }

    #[test]
    fn every_page_once() {
        for p in [4, 8, 12, 16, 40] {
            let mut all: Vec<usize> = order(p).concat();
            all.sort_unstable();
            assert_eq!(all, (1..=p).collect::<Vec<_>>());
        }
    }
}
