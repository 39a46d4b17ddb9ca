//! Stacking typeset content blocks into rows: unbreakable horizontal
//! strips (usually one line of text) with the rules that say where a page
//! may end. The paginator only ever sees rows.

use super::blocks::{Band, Bar, Block, Para};
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
}

/// Place blocks and their typeset paragraphs (`sets`, from
/// [`super::typeset::typeset_blocks`]) into rows. Warnings are appended.
pub fn flow(blocks: &[Block], sets: &mut SetParas, fonts: &Fonts, d: &Design, warnings: &mut Vec<Diagnostic>) -> Flow {
    let mut roles = Vec::new();
    let rows = rows(blocks, sets, fonts, d, warnings, &mut roles);
    Flow { rows, roles }
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
            Block::Logos { x, width, label, items, height, pin_bottom } => {
                let mut r = logos_row((*x, *width), label.as_ref(), items, *height, fonts, warnings, roles);
                r.pin_bottom = *pin_bottom;
                out.push(r);
            }
            Block::Columns { cols, space_before } => {
                let mut r = Row::new("columns", 0.0, *space_before);
                for col in cols {
                    let sub = rows(col, sets, fonts, d, warnings, roles);
                    let mut y = 0.0;
                    for (i, row) in sub.into_iter().enumerate() {
                        if i > 0 {
                            y += row.space_before;
                        }
                        r.elements.extend(row.elements.into_iter().map(|e| e.shifted(y)));
                        y += row.height;
                    }
                    r.height = r.height.max(y);
                }
                out.push(r);
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
        // and the second-to-last with the last.
        r.keep_with_next = (i + 1 < n && (i == 0 || i + 2 == n)) || (i + 1 == n && p.keep_with_next);
        r.bar = p.bar;
        r.band = p.band;
        out.push(r);
    }
}

fn logos_row(
    (left, width): (f32, f32),
    label: Option<&StyledText>,
    items: &[(Option<crate::model::assets::Logo>, StyledText)],
    height: f32,
    fonts: &Fonts,
    warnings: &mut Vec<Diagnostic>,
    roles: &mut Vec<Role>,
) -> Row {
    let mut r = Row::new("logos", 0.0, 20.0);
    let mut y = 0.0;
    let style = ParStyle { align: Align::Left, leading: 12.0, hyphenate: false, lang: crate::model::Language::English };
    if let Some(l) = label {
        let label_block = new_block(roles, Role::Paragraph);
        let set = text::typeset(fonts, std::slice::from_ref(l), &style, width, warnings);
        for line in &set.lines {
            line_elements(line, left, y + set.ascent, label_block, &mut r.elements);
            y += set.leading;
        }
        y += 8.0;
    }
    let mut x = left;
    let right = left + width;
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
                if x + w > right && x > left {
                    break;
                }
                r.elements.push(Element::Image {
                    x,
                    y: y + (height - h) / 2.0,
                    w,
                    h,
                    logo: logo.clone(),
                    alt: name.text.clone(),
                });
                x += w + 28.0;
            }
            None => {
                let name_block = new_block(roles, Role::Paragraph);
                let set = text::typeset(fonts, std::slice::from_ref(name), &style, (right - x).max(40.0), warnings);
                let mut ty = y + ((height - set.height()) / 2.0).max(0.0);
                r.height = r.height.max(y + set.height());
                let mut wmax: f32 = 0.0;
                for line in &set.lines {
                    line_elements(line, x, ty + set.ascent, name_block, &mut r.elements);
                    ty += set.leading;
                    wmax = wmax.max(line.width);
                }
                x += wmax + 28.0;
            }
        }
    }
    r.height = r.height.max(y + height);
    r
}
