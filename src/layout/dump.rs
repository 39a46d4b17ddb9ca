//! A stable text form of a laid-out document, for golden tests and for
//! `livret dump`: one line per element, numbers rounded to 0.01 pt.

use std::fmt::Write as _;

use super::{Document, Element, OutlineEntry};
use crate::text::Fonts;

/// Dump every page's elements and the outline.
pub fn dump(doc: &Document, fonts: &Fonts) -> String {
    let mut s = String::new();
    let (w, h) = doc.page_size;
    let _ = writeln!(s, "document {w:.2}x{h:.2} pages={}", doc.pages.len());
    for (i, page) in doc.pages.iter().enumerate() {
        let _ = writeln!(s, "page {}", i + 1);
        for e in &page.elements {
            match e {
                Element::Text { x, y, run, .. } => {
                    let _ = writeln!(
                        s,
                        "  text x={x:.2} y={y:.2} w={:.2} {} {:.2} {:?}",
                        run.width(),
                        fonts.face(run.font).name,
                        run.size,
                        run.text
                    );
                }
                Element::Rect { x, y, w, h, color } => {
                    let _ = writeln!(
                        s,
                        "  rect x={x:.2} y={y:.2} w={w:.2} h={h:.2} #{:02x}{:02x}{:02x}",
                        color.0, color.1, color.2
                    );
                }
                Element::Image { x, y, w, h, logo, .. } => {
                    let _ = writeln!(s, "  image x={x:.2} y={y:.2} w={w:.2} h={h:.2} {}", logo.path.display());
                }
                Element::Link { x, y, w, h, target } => {
                    let _ = writeln!(s, "  link x={x:.2} y={y:.2} w={w:.2} h={h:.2} {target}");
                }
            }
        }
    }
    let _ = writeln!(s, "outline");
    fn walk(s: &mut String, entries: &[OutlineEntry], depth: usize) {
        for e in entries {
            let _ = writeln!(s, "{}{:?} page={} y={:.2}", "  ".repeat(depth + 1), e.title, e.page + 1, e.y);
            walk(s, &e.children, depth + 1);
        }
    }
    walk(&mut s, &doc.outline, 0);
    s
}
