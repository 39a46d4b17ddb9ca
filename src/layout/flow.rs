//! Stacking typeset content blocks into rows: unbreakable horizontal
//! strips (usually one line of text) with the rules that say where a page
//! may end. The paginator only ever sees rows.

use super::blocks::{Band, Bar, Block, Context, Para};
use super::design::Design;
use super::document::ink_extent;
use super::typeset::SetPara;
use super::{Element, Role};
use crate::diagnostic::Diagnostic;
use crate::text::{self, Align, Fonts, ParStyle, StyledText};

/// Groups up to this fraction of the text area's height are never split.
pub const LONG_GROUP: f32 = 0.2;

/// When a row must start a new page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BreakBefore {
    /// Only when it does not fit.
    Auto,
    /// Always (unless the page is empty).
    Always,
    /// When less than this fraction of the page height is left.
    IfLess(f32),
}

/// An unbreakable strip of the flow.
#[derive(Debug, Clone)]
pub struct Row {
    /// For dumps: the block it came from.
    pub kind: &'static str,
    /// Height of the strip.
    pub height: f32,
    /// Space above, dropped at the top of a page.
    pub space_before: f32,
    /// The page may not end after this row.
    pub keep_with_next: bool,
    /// Page break rule before this row.
    pub break_before: BreakBefore,
    /// Placed at the foot of the page.
    pub pin_bottom: bool,
    /// What is drawn; y is relative to the row's top.
    pub elements: Vec<Element>,
    /// A bar beside the row.
    pub bar: Option<Bar>,
    /// A band behind the row.
    pub band: Option<Band>,
    /// A bookmark at this row: level and title.
    pub bookmark: Option<(u8, String)>,
    /// What the row belongs to: an index into [`Flow::contexts`].
    pub context: u32,
}

impl Row {
    fn new(kind: &'static str, height: f32, space_before: f32) -> Row {
        Row {
            kind,
            height,
            space_before,
            keep_with_next: false,
            break_before: BreakBefore::Auto,
            pin_bottom: false,
            elements: Vec::new(),
            bar: None,
            band: None,
            bookmark: None,
            context: 0,
        }
    }
}

/// Typeset paragraphs, in the order of [`super::typeset::typeset_blocks`].
pub type SetParas = std::vec::IntoIter<SetPara>;

/// The rows of a document and the roles of its blocks of text.
#[derive(Debug, Clone)]
pub struct Flow {
    /// Rows in order.
    pub rows: Vec<Row>,
    /// Roles of the blocks of text (see [`super::Document::roles`]).
    pub roles: Vec<Role>,
    /// The contexts rows belong to (the first is the cover's, empty).
    pub contexts: Vec<Context>,
}

/// Place blocks and their typeset paragraphs (`sets`, from
/// [`super::typeset::typeset_blocks`]) into rows. Warnings are appended.
pub fn flow(blocks: &[Block], sets: &mut SetParas, fonts: &Fonts, d: &Design, warnings: &mut Vec<Diagnostic>) -> Flow {
    let mut roles = Vec::new();
    let mut contexts = vec![Context::default()];
    let rows = rows(blocks, sets, fonts, d, warnings, &mut roles, &mut contexts);
    Flow { rows, roles, contexts }
}

/// A new block of text with a role; returns its id.
fn new_block(roles: &mut Vec<Role>, role: Role) -> u32 {
    roles.push(role);
    roles.len() as u32
}

fn rows(
    blocks: &[Block],
    sets: &mut SetParas,
    fonts: &Fonts,
    d: &Design,
    warnings: &mut Vec<Diagnostic>,
    roles: &mut Vec<Role>,
    contexts: &mut Vec<Context>,
) -> Vec<Row> {
    // A group taller than this is allowed to break inside (between
    // description lines, orphans and widows still controlled): keeping a
    // long workshop whole would leave most of a page empty.
    let long_group = d.height() * LONG_GROUP;
    let mut out: Vec<Row> = Vec::new();
    let mut gap = 0.0f32;
    let mut pending_break = BreakBefore::Auto;
    let mut group_start: Vec<usize> = Vec::new();
    for block in blocks {
        let first_new = out.len();
        match block {
            Block::Para(p) => {
                if p.keep_with_previous
                    && let Some(prev) = out.last_mut()
                {
                    prev.keep_with_next = true;
                }
                if let Some(set) = sets.next() {
                    warnings.extend(set.warnings.iter().cloned());
                    para_rows(p, &set, roles, &mut out);
                }
            }
            Block::Space { height, band: None } => {
                gap += height;
                continue;
            }
            Block::Space { height, band } => {
                let mut r = Row::new("space", *height, 0.0);
                r.band = *band;
                r.keep_with_next = true;
                out.push(r);
            }
            Block::Rule { x, width, thickness, color, space_before } => {
                let mut r = Row::new("rule", *thickness, *space_before);
                // A rule belongs to the heading above or the text below:
                // never the last thing on a page.
                r.keep_with_next = true;
                r.elements.push(Element::Rect { x: *x, y: 0.0, w: *width, h: *thickness, color: *color });
                out.push(r);
            }
            Block::Logos { x, width, label, items, height, pin_bottom, lang } => {
                let mut r = logos_row((*x, *width), label.as_ref(), items, (*height, *lang), fonts, warnings, roles);
                r.pin_bottom = *pin_bottom;
                out.push(r);
            }
            Block::Columns { cols, space_before } => {
                let cols: Vec<Vec<Row>> =
                    cols.iter().map(|col| rows(col, sets, fonts, d, warnings, roles, contexts)).collect();
                out.extend(columns_rows(cols, *space_before, d.height()));
            }
            Block::Beside { side, main } => {
                // The side column (metadata) is read before the text it
                // stands beside, as it is typeset.
                let side = rows(side, sets, fonts, d, warnings, roles, contexts);
                let (elements, side_h) = stack(side);
                let mut main = rows(main, sets, fonts, d, warnings, roles, contexts);
                if main.is_empty() {
                    main.push(Row::new("beside", 0.0, 0.0));
                }
                main[0].elements.extend(elements);
                // The text's first rows stay with the side column on one
                // page, as far down as it reaches.
                let mut y = 0.0;
                let n = main.len();
                for (i, r) in main.iter_mut().enumerate() {
                    if i > 0 {
                        y += r.space_before;
                    }
                    y += r.height;
                    if y >= side_h - 0.01 {
                        break;
                    }
                    if i + 1 < n {
                        r.keep_with_next = true;
                    }
                }
                if y < side_h
                    && let Some(last) = main.last_mut()
                {
                    last.height += side_h - y;
                }
                out.extend(main);
            }
            Block::Context(c) => {
                if contexts.last() != Some(c) {
                    contexts.push(c.clone());
                }
                continue;
            }
            Block::GroupStart => {
                group_start.push(out.len());
                continue;
            }
            Block::GroupEnd => {
                if let Some(s) = group_start.pop() {
                    let end = out.len();
                    let height: f32 = out[s..end].iter().map(|r| r.height + r.space_before).sum();
                    if end > s + 1 && height <= long_group {
                        for r in &mut out[s..end - 1] {
                            r.keep_with_next = true;
                        }
                    }
                }
                continue;
            }
            Block::PageBreak => {
                pending_break = BreakBefore::Always;
                continue;
            }
            Block::NewPageIfLess(f) => {
                pending_break = BreakBefore::IfLess(*f);
                continue;
            }
        }
        let current = (contexts.len() - 1) as u32;
        for r in &mut out[first_new..] {
            r.context = current;
        }
        if let Some(r) = out.get_mut(first_new) {
            r.space_before += gap;
            gap = 0.0;
            if pending_break != BreakBefore::Auto {
                r.break_before = pending_break;
                pending_break = BreakBefore::Auto;
            }
        }
    }
    out
}

/// Columns side by side as rows. Usually one unbreakable row; when the
/// tallest column would not fit on a page (a long venue note), the columns
/// are cut wherever none of them has a line across the cut, so that the
/// tall column flows onto the next page line by line. The top part, down
/// to the foot of the second-tallest column, stays together.
fn columns_rows(cols: Vec<Vec<Row>>, space_before: f32, page_height: f32) -> Vec<Row> {
    // Each column's rows with their top and bottom in the strip.
    let placed: Vec<Vec<(f32, f32, Row)>> = cols
        .into_iter()
        .map(|col| {
            let mut y = 0.0;
            let mut out = Vec::with_capacity(col.len());
            for (i, row) in col.into_iter().enumerate() {
                if i > 0 {
                    y += row.space_before;
                }
                let bottom = y + row.height;
                out.push((y, bottom, row));
                y = bottom;
            }
            out
        })
        .collect();
    let mut heights: Vec<f32> = placed.iter().map(|c| c.last().map_or(0.0, |r| r.1)).collect();
    heights.sort_by(f32::total_cmp);
    let tallest = heights.last().copied().unwrap_or(0.0);
    let together = heights.iter().rev().nth(1).copied().unwrap_or(0.0);
    const EPS: f32 = 0.01;
    let mut cuts: Vec<f32> = if tallest <= page_height + EPS {
        vec![tallest]
    } else {
        let crosses = |y: f32| placed.iter().flatten().any(|&(top, bottom, _)| top < y - EPS && bottom > y + EPS);
        placed.iter().flatten().map(|r| r.1).filter(|&y| !crosses(y)).collect()
    };
    cuts.sort_by(f32::total_cmp);
    cuts.dedup_by(|a, b| (*a - *b).abs() < EPS);
    let mut out = Vec::with_capacity(cuts.len());
    let mut cols: Vec<_> = placed.into_iter().map(|c| c.into_iter().peekable()).collect();
    let mut from = 0.0;
    for cut in cuts {
        let mut parts: Vec<(f32, Row)> = Vec::new();
        // The page may not end here while the shorter columns are not yet
        // complete, or if a column's last line here must keep with its next.
        let mut keep = cut < together - EPS;
        for col in &mut cols {
            let before = parts.len();
            while let Some((top, _, row)) = col.next_if(|r| r.1 <= cut + EPS) {
                parts.push((top, row));
            }
            keep |= parts.len() > before && col.peek().is_some() && parts.last().is_some_and(|p| p.1.keep_with_next);
        }
        let Some(top) = parts.iter().map(|p| p.0).min_by(f32::total_cmp) else { continue };
        let mut r = Row::new("columns", cut - top, if out.is_empty() { space_before } else { top - from });
        r.keep_with_next = keep;
        for (y, row) in parts {
            r.elements.extend(row.elements.into_iter().map(|e| e.shifted(y - top)));
        }
        out.push(r);
        from = cut;
    }
    out
}

/// Rows stacked into one strip: their elements, moved to their place
/// below one another, and the strip's height. The first row's space
/// above is dropped.
fn stack(rows: Vec<Row>) -> (Vec<Element>, f32) {
    let mut elements = Vec::new();
    let mut y = 0.0;
    for (i, row) in rows.into_iter().enumerate() {
        if i > 0 {
            y += row.space_before;
        }
        elements.extend(row.elements.into_iter().map(|e| e.shifted(y)));
        y += row.height;
    }
    (elements, y)
}

/// Text elements (and link areas) for one line at `x`, baseline `y`.
fn line_elements(line: &text::Line, x: f32, baseline: f32, block: u32, out: &mut Vec<Element>) {
    for run in &line.runs {
        let size = run.size;
        let extent = ink_extent(size);
        if let Some(target) = &run.link {
            out.push(Element::Link {
                x: x + run.x,
                y: baseline - size * 0.9,
                w: run.width(),
                h: size * 1.2,
                target: target.clone(),
            });
        }
        out.push(Element::Text { x: x + run.x, y: baseline, run: run.clone(), extent, block });
    }
}

fn para_rows(p: &Para, typeset: &SetPara, roles: &mut Vec<Role>, out: &mut Vec<Row>) {
    let set = &typeset.text;
    let n = set.lines.len();
    if n == 0 {
        return;
    }
    // The time is read before the slot it belongs to.
    let side_block = typeset.side.as_ref().map_or(0, |_| new_block(roles, Role::Paragraph));
    let block = new_block(roles, p.role);
    let (side, marker) = (&typeset.side, &typeset.marker);
    for (i, line) in set.lines.iter().enumerate() {
        let mut r = Row::new(p.kind, set.leading, if i == 0 { p.space_before } else { 0.0 });
        line_elements(line, p.x, set.ascent, block, &mut r.elements);
        if i == 0 {
            if let Some((mx, m)) = &marker
                && let Some(l) = m.lines.first()
            {
                line_elements(l, *mx, set.ascent, block, &mut r.elements);
            }
            r.bookmark = p.bookmark.clone();
        }
        if let Some((side_x, side)) = &side {
            // Side lines go level with the paragraph's lines; extra ones
            // hang below the last line (a long time range).
            if let Some(l) = side.lines.get(i) {
                line_elements(l, *side_x, set.ascent, side_block, &mut r.elements);
            }
            if i + 1 == n {
                for (k, l) in side.lines.iter().enumerate().skip(n) {
                    let dy = (k - i) as f32 * set.leading;
                    line_elements(l, *side_x, set.ascent + dy, side_block, &mut r.elements);
                    r.height = r.height.max(dy + set.leading);
                }
            }
        }
        // No orphan (first line alone at a page foot) and no widow (last
        // line alone at a page top): the first line keeps with the second
        // and the second-to-last with the last. A heading is never cut: a
        // four-line slot title was set two lines a page.
        let heading = matches!(p.role, Role::Heading(_));
        r.keep_with_next = (i + 1 < n && (heading || i == 0 || i + 2 == n)) || (i + 1 == n && p.keep_with_next);
        r.bar = p.bar;
        r.band = p.band;
        out.push(r);
    }
}

fn logos_row(
    (left, width): (f32, f32),
    label: Option<&StyledText>,
    items: &[(Option<crate::model::assets::Logo>, StyledText)],
    (height, lang): (f32, crate::model::Language),
    fonts: &Fonts,
    warnings: &mut Vec<Diagnostic>,
    roles: &mut Vec<Role>,
) -> Row {
    let mut r = Row::new("logos", 0.0, 20.0);
    let mut y = 0.0;
    let style = ParStyle { align: Align::Left, leading: 14.0, hyphenate: false, lang, phrases: false };
    if let Some(l) = label {
        let label_block = new_block(roles, Role::Paragraph);
        let set = text::typeset(fonts, std::slice::from_ref(l), &style, width, warnings);
        for line in &set.lines {
            line_elements(line, left, y + set.ascent, label_block, &mut r.elements);
            y += set.leading;
        }
        y += 8.0;
    }
    // Items go left to right and wrap to a new line when the next one
    // does not fit: a name is never squeezed into the space left.
    let gap = 28.0;
    let right = left + width;
    let mut x = left;
    let mut line_h: f32 = 0.0;
    for (logo, name) in items {
        match logo {
            Some(logo) => {
                let (w0, h0) = logo.size;
                let mut h = height;
                let mut w = w0 / h0 * h;
                // Wide wordmarks are capped at the width available.
                let max_w = width.min(height * 4.0);
                if w > max_w {
                    w = max_w;
                    h = h0 / w0 * w;
                }
                if x + w > right + 0.01 && x > left {
                    y += line_h + 12.0;
                    x = left;
                    line_h = 0.0;
                }
                r.elements.push(Element::Image {
                    x,
                    y: y + (height - h) / 2.0,
                    w,
                    h,
                    logo: logo.clone(),
                    alt: name.text.clone(),
                });
                line_h = line_h.max(height);
                x += w + gap;
            }
            None => {
                let name_block = new_block(roles, Role::Paragraph);
                // A name takes its natural width, up to a third of the row
                // (or the whole row on narrow pages).
                let natural = text::typeset(fonts, std::slice::from_ref(name), &style, width, &mut Vec::new());
                let natural_w = natural.lines.iter().map(|l| l.width).fold(0.0, f32::max);
                let cap = if width > 400.0 { width / 3.0 } else { width / 2.0 };
                let w = natural_w.min(cap.max(width.min(120.0)));
                if x + w > right + 0.01 && x > left {
                    y += line_h + 12.0;
                    x = left;
                    line_h = 0.0;
                }
                let set = text::typeset(fonts, std::slice::from_ref(name), &style, w + 0.5, warnings);
                let mut ty = y + ((height - set.height()) / 2.0).max(0.0);
                let mut wmax: f32 = 0.0;
                for line in &set.lines {
                    line_elements(line, x, ty + set.ascent, name_block, &mut r.elements);
                    ty += set.leading;
                    wmax = wmax.max(line.width);
                }
                line_h = line_h.max(height.max(set.height()));
                x += wmax + gap;
            }
        }
    }
    r.height = r.height.max(y + line_h.max(if items.is_empty() { height } else { 0.0 }));
    r
}
