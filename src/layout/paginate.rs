//! Filling pages with rows: page breaks that respect keep-with-next
//! chains (headings, orphans and widows, groups), pinned rows, bands and
//! bars, running footers and the outline.

use super::design::Design;
use super::flow::{BreakBefore, Flow, Row};
use super::furniture::Footer;
use super::{Document, Element, OutlineEntry, Page};
use crate::diagnostic::Diagnostic;
use crate::text::Fonts;

/// Row indices placed on one page with their top (relative to the text
/// area's top, space before included).
type Placed = Vec<(usize, f32)>;

/// Which rows go on which page, and where: the result of page breaking,
/// before anything is drawn (cheap to compute, so the booklet fitting can
/// try several spacings).
#[derive(Debug, Clone)]
pub struct Plan {
    pages: Vec<Placed>,
    /// Pages for notes inserted before the last one, so that a folded
    /// booklet has a multiple of 4 pages.
    pub notes: usize,
    /// Warnings of this plan (blocks taller than a page).
    warnings: Vec<Diagnostic>,
}

impl Plan {
    /// Number of pages.
    pub fn pages(&self) -> usize {
        self.pages.len()
    }
}

/// Break rows into pages.
pub fn plan(rows: &[Row], d: &Design) -> Plan {
    let mut warnings = Vec::new();
    let warnings = &mut warnings;
    let height = d.height();
    let mut pages: Vec<Placed> = Vec::new();
    let mut placed: Placed = Vec::new();
    let mut y = 0.0f32;
    let mut i = 0;
    // Set when a pinned row (the cover's logos) had to move to a new page:
    // it then flows normally, and the forced break after it is relaxed so
    // the programme follows on the same page instead of leaving it empty.
    let mut relax_next_break = false;
    while i < rows.len() {
        let row = &rows[i];
        let empty = placed.is_empty();
        let mut rule = row.break_before;
        if relax_next_break && rule == BreakBefore::Always {
            rule = BreakBefore::IfLess(0.25);
            relax_next_break = false;
        }
        let wants_break = !empty
            && match rule {
                BreakBefore::Auto => false,
                BreakBefore::Always => true,
                BreakBefore::IfLess(f) => height - y < f * height,
            };
        if wants_break {
            pages.push(std::mem::take(&mut placed));
            y = 0.0;
            continue;
        }
        // Space between blocks scales with the design's spacing (booklet
        // fitting); lines and bands keep their size.
        let sb = if empty { 0.0 } else { row.space_before * d.spacing };
        if row.pin_bottom && !relax_next_break {
            if y + sb + row.height <= height + 0.01 {
                placed.push((i, (height - row.height).max(0.0)));
                y = height;
                i += 1;
            } else {
                pages.push(std::mem::take(&mut placed));
                y = 0.0;
                relax_next_break = true;
            }
            continue;
        }
        if y + sb + row.height <= height + 0.01 {
            placed.push((i, y + sb));
            y += sb + row.height;
            i += 1;
            continue;
        }
        if empty {
            // Taller than a whole page: place it anyway and say so.
            warnings.push(Diagnostic::warning(
                "layout.taller-than-page",
                format!("a block ({}) is taller than a page and runs past its foot", row.kind),
            ));
            placed.push((i, 0.0));
            y += row.height;
            i += 1;
            continue;
        }
        // Break after the last row that may end a page; the rows after it
        // move to the next page with this one.
        match placed.iter().rposition(|(r, _)| !rows[*r].keep_with_next) {
            Some(c) if c + 1 < placed.len() => {
                let moved = placed.split_off(c + 1);
                i = moved[0].0;
            }
            Some(_) => {}
            None => {} // One chain fills the page: split it here.
        }
        pages.push(std::mem::take(&mut placed));
        y = 0.0;
    }
    if !placed.is_empty() || pages.is_empty() {
        pages.push(placed);
    }
    Plan { pages, notes: 0, warnings: std::mem::take(warnings) }
}

/// Draw the pages of a plan: elements, bands and bars, footers, outline.
/// The rows are consumed: their elements move onto the pages rather than
/// being copied, which halves the peak memory of large programmes.
pub fn draw(
    flow: Flow,
    plan: Plan,
    d: &Design,
    fonts: &Fonts,
    footer: &Footer,
    warnings: &mut Vec<Diagnostic>,
) -> Document {
    warnings.extend(plan.warnings);
    let Flow { mut rows, mut roles, contexts } = flow;
    let pages = &plan.pages;
    let top = d.margin.top;
    let total = pages.len() + plan.notes;
    // Pages for notes go before the last page (the back cover): it takes
    // the number after them.
    let number = |pi: usize| if pi + 1 == pages.len() { pi + plan.notes } else { pi };
    let mut out = Vec::with_capacity(total);
    let mut outline: Vec<OutlineEntry> = Vec::new();
    for (pi, placed) in pages.iter().enumerate() {
        let mut back = Vec::new();
        let mut front = Vec::new();
        let mut edge_rects = Vec::new();
        let mut prev: Option<(usize, f32)> = None;
        for &(ri, y) in placed {
            let row = &rows[ri];
            let abs = top + y;
            let bottom = abs + row.height;
            let prev_row = prev.map(|(r, b)| (&rows[r], b));
            if let Some(band) = row.band {
                let from = match prev_row {
                    Some((p, pb)) if p.band == Some(band) => pb,
                    None if band.bleed_top => d.cover_inset,
                    _ => abs,
                };
                if band.bleed_top {
                    edge_rects.push(back.len());
                }
                back.push(Element::Rect {
                    x: band.x0,
                    y: from,
                    w: band.x1 - band.x0,
                    h: bottom - from,
                    color: band.color,
                });
            }
            if let Some(bar) = row.bar {
                let from = match prev_row {
                    Some((p, pb)) if p.bar == Some(bar) && row.space_before < 14.0 => pb,
                    _ => abs,
                };
                back.push(Element::Rect { x: bar.x, y: from, w: bar.width, h: bottom - from, color: bar.color });
            }
            let elements = std::mem::take(&mut rows[ri].elements);
            let row = &rows[ri];
            front.extend(elements.into_iter().map(|e| e.shifted(abs)));
            if let Some((level, title)) = &row.bookmark {
                let entry = OutlineEntry { title: title.clone(), page: number(pi), y: abs, children: Vec::new() };
                match (level, outline.last_mut()) {
                    (1, Some(parent)) => parent.children.push(entry),
                    _ => outline.push(entry),
                }
            }
            prev = Some((ri, bottom));
        }
        if pi > 0 {
            footer.draw(number(pi) + 1, total, d, fonts, warnings, &mut front);
            // A page that starts inside a day (or a session) says which.
            let first = placed.first().map(|&(r, _)| r);
            let before = pages[pi - 1].last().map(|&(r, _)| r);
            if let (Some(f), Some(b)) = (first, before)
                && rows[f].kind != "day-heading"
            {
                let (cf, cb) = (rows[f].context, rows[b].context);
                let ctx = &contexts[cf as usize];
                if let Some(day) = &ctx.day {
                    let session = ctx.session.as_deref().filter(|_| cf == cb);
                    footer.head(day, session, d, fonts, warnings, &mut front);
                }
            }
        }
        back.extend(front);
        // A keep chain was broken when the page's last row should have
        // stayed with the next, and the next page did not start by rule.
        let last = placed.last().map(|(r, _)| *r);
        let next_starts_by_rule = |r: usize| rows.get(r + 1).is_some_and(|n| n.break_before != BreakBefore::Auto);
        let broken_keep = last
            .filter(|&r| rows[r].keep_with_next && pi + 1 < pages.len() && !next_starts_by_rule(r))
            .map(|r| rows[r].kind);
        out.push(Page { elements: back, broken_keep, edge_rects });
    }
    if plan.notes > 0 {
        let at = out.len().saturating_sub(1);
        for k in 0..plan.notes {
            // A heading of its own on each page (one shared by two pages
            // was one "NotesNotes" heading for screen readers).
            roles.push(super::Role::Heading(1));
            let block = roles.len() as u32;
            let mut elements = footer.notes(block, d, fonts, warnings);
            footer.draw(at + k + 1, total, d, fonts, warnings, &mut elements);
            out.insert(at + k, Page { elements, ..Page::default() });
        }
    }
    Document { page_size: d.page, margins: d.margin, pages: out, outline, roles, notes: plan.notes }
}
