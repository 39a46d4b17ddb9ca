//! Layout invariants, checked on the layout model: every line of text
//! inside the text area (footers inside the page), no two lines of text
//! overlapping, no heading (or other row meant to stay with the next) last
//! on its page.

use super::{Document, Element};

/// A broken invariant, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Page number, 1-based.
    pub page: usize,
    /// What is wrong.
    pub message: String,
}

/// Tolerance for rounding, in points.
const EPS: f32 = 0.05;

/// Check the invariants that need only the document.
pub fn check(doc: &Document) -> Vec<Violation> {
    let mut out = Vec::new();
    let (pw, ph) = doc.page_size;
    let m = doc.margins;
    let (l, t, r, b) = (m.left, m.top, pw - m.right, ph - m.bottom);
    for (pi, page) in doc.pages.iter().enumerate() {
        if let Some(kind) = page.broken_keep {
            out.push(Violation {
                page: pi + 1,
                message: format!("the page ends with a {kind} row that should stay with what follows"),
            });
        }
        let mut boxes: Vec<(f32, f32, f32, f32, &str)> = Vec::new();
        for e in &page.elements {
            let Element::Text { x, y, run, extent, .. } = e else {
                continue;
            };
            let (x0, x1, y0, y1) = (*x, *x + run.width(), *y - extent.0, *y + extent.1);
            let footer = y0 > b;
            let inside = if footer {
                x0 >= l - EPS && x1 <= r + EPS && y1 <= ph - 12.0
            } else {
                x0 >= l - EPS && x1 <= r + EPS && y0 >= t - EPS && y1 <= b + EPS
            };
            if !inside || x1 > pw || y1 > ph {
                out.push(Violation {
                    page: pi + 1,
                    message: format!(
                        "text {:?} at ({x0:.2}, {y0:.2})–({x1:.2}, {y1:.2}) is outside the text area",
                        run.text
                    ),
                });
            }
            boxes.push((x0, y0, x1, y1, run.text.as_str()));
        }
        // Sort by top so each box is compared with its neighbours only.
        boxes.sort_by(|a, b| a.1.total_cmp(&b.1));
        for i in 0..boxes.len() {
            let a = boxes[i];
            for bx in &boxes[i + 1..] {
                if bx.1 >= a.3 - EPS {
                    break;
                }
                let overlap_x = a.0 < bx.2 - EPS && bx.0 < a.2 - EPS;
                let overlap_y = a.1 < bx.3 - EPS && bx.1 < a.3 - EPS;
                if overlap_x && overlap_y {
                    out.push(Violation { page: pi + 1, message: format!("text {:?} overlaps {:?}", a.4, bx.4) });
                }
            }
        }
    }
    out
}
