//! Choosing the spacing: a page count that wastes no page, or that folds.
//!
//! When the natural layout runs a little over a page (say 5 pages, the
//! last one light), the space between blocks is tightened step by step,
//! as a designer would, and the loosest spacing that saves the page wins.
//! A folded booklet needs a multiple of 4 pages: there the first spacing
//! that lands on one wins. Type sizes and leading never change.

use super::design::Design;
use super::flow::{BreakBefore, Row};
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

/// Break `rows` into pages for a folded booklet: a multiple of 4 pages,
/// padded with pages for notes as the last resort. The levers, tried in
/// turn: the spacing, and whether each day starts a page of its own. The
/// layout that needs the fewest notes pages wins; among equals, days that
/// follow on and the loosest spacing. `design.spacing` and the rows' break
/// rules are set to the winner's.
pub fn fold(rows: &mut [Row], design: &mut Design) -> Plan {
    let days: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.break_before, BreakBefore::IfLess(_)))
        .map(|(i, _)| i)
        .collect();
    let original: Vec<BreakBefore> = days.iter().map(|&i| rows[i].break_before).collect();
    let mut best: Option<(usize, usize, usize, Plan)> = None;
    for (policy, own_page) in [false, true].into_iter().enumerate() {
        if own_page && days.is_empty() {
            break;
        }
        for (&i, rule) in days.iter().zip(&original) {
            rows[i].break_before = if own_page { BreakBefore::Always } else { *rule };
        }
        for (k, spacing) in SPACINGS.into_iter().enumerate() {
            design.spacing = spacing;
            let plan = paginate::plan(rows, design);
            let pad = (4 - plan.pages() % 4) % 4;
            let better = best.as_ref().is_none_or(|(bp, bpol, bk, _)| (pad, policy, k) < (*bp, *bpol, *bk));
            if better {
                best = Some((pad, policy, k, plan));
            }
        }
    }
    let (pad, policy, k, mut plan) = best.expect("at least one layout is tried");
    for (&i, rule) in days.iter().zip(&original) {
        rows[i].break_before = if policy == 1 { BreakBefore::Always } else { *rule };
    }
    design.spacing = SPACINGS[k];
    plan.notes = pad;
    plan
}
