//! Choosing the spacing: a page count that wastes no page, or that folds.
//!
//! When the natural layout runs a little over a page (say 5 pages, the
//! last one light), the space between blocks is tightened step by step,
//! as a designer would, and the loosest spacing that saves the page wins.
//! A folded booklet needs a multiple of 4 pages: there the first spacing
//! that lands on one wins. Type sizes and leading never change.

use super::design::Design;
use super::flow::Row;
use super::paginate::{self, Plan};

/// Spacing settings tried, loosest first. The floor of 0.75 keeps the
/// hierarchy readable: below it, slots start to run into each other.
const SPACINGS: [f32; 4] = [1.0, 0.92, 0.84, 0.75];

/// Break `rows` into pages at the loosest spacing that gives the fewest
/// pages; `design.spacing` is set to it.
pub fn fewest(rows: &[Row], design: &mut Design) -> Plan {
    let mut best = paginate::plan(rows, design);
    let mut spacing = 1.0;
    for s in &SPACINGS[1..] {
        design.spacing = *s;
        let plan = paginate::plan(rows, design);
        if plan.pages() < best.pages() {
            best = plan;
            spacing = *s;
        }
    }
    design.spacing = spacing;
    best
}

/// Break `rows` into pages at the loosest spacing that gives a multiple
/// of 4 pages (else the loosest); `design.spacing` is set to it.
pub fn fold(rows: &[Row], design: &mut Design) -> Plan {
    let mut chosen: Option<(Plan, f32)> = None;
    for spacing in SPACINGS {
        design.spacing = spacing;
        let plan = paginate::plan(rows, design);
        let pages = plan.pages();
        if pages.is_multiple_of(4) {
            chosen = Some((plan, spacing));
            break;
        }
        match &chosen {
            // Tightening cannot save a whole booklet sheet: stop early.
            Some((first, _)) if first.pages() - pages >= 4 => break,
            Some(_) => {}
            None => chosen = Some((plan, spacing)),
        }
    }
    let (plan, spacing) = chosen.expect("at least one spacing is tried");
    design.spacing = spacing;
    plan
}
