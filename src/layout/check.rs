//! Layout invariants, checked on the layout model: every line of text
//! inside the text area (running heads and footers in the margins, 5 mm
//! from the edge), no two lines of text
//! overlapping, no heading (or other row meant to stay with the next) last
//! on its page, no heading cut across two pages.

use super::{Document, Element, Role};

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
/// No text closer than 5 mm to the paper's edge.
const SAFE: f32 = 5.0 * 72.0 / 25.4;

/// Check the invariants that need only the document.
pub fn check(doc: &Document) -> Vec<Violation> {
    let mut out = Vec::new();
    let (pw, ph) = doc.page_size;
    let m = doc.margins;
    let (l, t, r, b) = (m.left, m.top, pw - m.right, ph - m.bottom);
    // The page each heading (by block) was first seen on.
    let mut heading_page: Vec<Option<usize>> = vec![None; doc.roles.len()];
    for (pi, page) in doc.pages.iter().enumerate() {
        if let Some(kind) = page.broken_keep {
            out.push(Violation {
                page: pi + 1,
                message: format!("the page ends with a {kind} row that should stay with what follows"),
            });
        }
        let mut boxes: Vec<(f32, f32, f32, f32, &str)> = Vec::new();
        for e in &page.elements {
            let Element::Text { x, y, run, extent, block } = e else {
                continue;
            };
            let role = (*block as usize).checked_sub(1).filter(|&i| matches!(doc.roles.get(i), Some(Role::Heading(_))));
            if let Some(i) = role {
                match heading_page[i] {
                    None => heading_page[i] = Some(pi),
                    Some(first) if first != pi => out.push(Violation {
                        page: pi + 1,
                        message: format!("the heading {:?} begins on page {} and goes on here", run.text, first + 1),
                    }),
                    Some(_) => {}
                }
            }
            let (x0, x1, y0, y1) = (*x, *x + run.width(), *y - extent.0, *y + extent.1);
            // Running heads and footers sit in the margins, inside the
            // text area's width and at least 5 mm from the paper's edge
            // (what an office printer cannot print).
            let furniture = y0 > b || y1 < t;
            let inside = if furniture {
                x0 >= l - EPS && x1 <= r + EPS && y0 >= SAFE && y1 <= ph - SAFE
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

/// The type sizes a document uses, in points, sorted.
pub fn sizes(doc: &Document) -> Vec<f32> {
    let mut sizes: Vec<f32> = Vec::new();
    for page in &doc.pages {
        for e in &page.elements {
            if let Element::Text { run, .. } = e
                && !sizes.iter().any(|s| (s - run.size).abs() < 0.01)
            {
                sizes.push(run.size);
            }
        }
    }
    sizes.sort_by(f32::total_cmp);
    sizes
}

/// How full each page is: the lowest ink in the text area (text or
/// rectangles) as a fraction of its height.
pub fn fill(doc: &Document) -> Vec<f32> {
    let (_, ph) = doc.page_size;
    let (t, b) = (doc.margins.top, ph - doc.margins.bottom);
    doc.pages
        .iter()
        .map(|page| {
            let lowest = page
                .elements
                .iter()
                .filter_map(|e| match e {
                    Element::Text { y, extent, .. } => Some(*y + extent.1),
                    Element::Rect { y, h, .. } | Element::Image { y, h, .. } => Some(*y + *h),
                    Element::Link { .. } => None,
                })
                .filter(|&bottom| bottom <= b + 1.0)
                .fold(t, f32::max);
            ((lowest - t) / (b - t)).clamp(0.0, 1.0)
        })
        .collect()
}

/// Characters per full line of running text of `size`: the median and
/// the 95th percentile, and how many lines were measured. A line is full
/// when it is at least 90 % as wide as the widest line set from the same
/// left edge (last lines of paragraphs are not).
pub fn measure(doc: &Document, size: f32) -> (usize, usize, usize) {
    /// One printed line: where it is, its extent and its characters.
    struct Line {
        page: usize,
        baseline: f32,
        left: f32,
        right: f32,
        chars: usize,
    }
    let mut lines: Vec<Line> = Vec::new();
    for (page, p) in doc.pages.iter().enumerate() {
        for e in &p.elements {
            let Element::Text { x, y, run, block, .. } = e else {
                continue;
            };
            if (run.size - size).abs() > 0.01 || *block == 0 {
                continue;
            }
            let chars = run.text.chars().count();
            // Runs of one line follow one another on its baseline.
            let same = |l: &&mut Line| {
                l.page == page && (l.baseline - *y).abs() < 0.05 && *x >= l.left - 0.5 && *x <= l.right + 20.0
            };
            match lines.iter_mut().rev().find(same) {
                Some(l) => {
                    l.right = l.right.max(*x + run.width());
                    l.chars += chars;
                }
                None => lines.push(Line { page, baseline: *y, left: *x, right: *x + run.width(), chars }),
            }
        }
    }
    let widest =
        |left: f32| lines.iter().filter(|l| (l.left - left).abs() < 0.05).map(|l| l.right - l.left).fold(0.0, f32::max);
    let mut counts: Vec<usize> = lines
        .iter()
        .filter(|l| {
            let w = widest(l.left);
            w > 100.0 && l.right - l.left >= 0.9 * w
        })
        .map(|l| l.chars)
        .collect();
    counts.sort_unstable();
    if counts.is_empty() {
        return (0, 0, 0);
    }
    let median = counts[counts.len() / 2];
    let p95 = counts[(counts.len() * 95 / 100).min(counts.len() - 1)];
    (median, p95, counts.len())
}
