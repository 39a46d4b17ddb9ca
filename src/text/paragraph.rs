//! A paragraph from styled text to positioned lines: typographic rules,
//! font selection with fallback, shaping, break opportunities,
//! hyphenation, optimal line breaking and justification.

use std::fmt::Write as _;
use std::sync::Arc;

use super::breaker::{self, Item};
use super::fonts::{Family, FontId, Fonts, Weight};
use super::items::{Built, PieceKind, SubRun, build_items, opportunities};
use super::shape::{Glyph, is_rtl, shape, text_span};
use super::{english, french};
use crate::diagnostic::Diagnostic;
use crate::model::rich::LINE_BREAK;
use crate::model::{Language, Rgb};

/// Style of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Family.
    pub family: Family,
    /// Weight.
    pub weight: Weight,
    /// Slant.
    pub italic: bool,
    /// Size in points.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// Extra space after each glyph, in em (for small capitals labels).
    pub tracking: f32,
}

/// A run of text with one style and maybe a link.
#[derive(Debug, Clone, PartialEq)]
pub struct StyledText {
    /// The text.
    pub text: String,
    /// Its style.
    pub style: TextStyle,
    /// Link target.
    pub link: Option<String>,
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    /// Justified, last line ragged.
    Justify,
    /// Ragged right.
    Left,
    /// Ragged left.
    Right,
    /// Centred.
    Center,
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParStyle {
    /// Alignment.
    pub align: Align,
    /// Distance between baselines.
    pub leading: f32,
    /// Hyphenate words (body text yes, headings no).
    pub hyphenate: bool,
    /// Language of the text.
    pub lang: Language,
    /// A heading: lines break between phrases rather than inside one
    /// ("Journées / intelligence artificielle", not "Journées intelligence
    /// / artificielle").
    pub phrases: bool,
}

/// Glyphs in one font, size and colour, drawn from `x` on the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    /// Start, from the paragraph's left edge.
    pub x: f32,
    /// Face.
    pub font: FontId,
    /// Size.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// Glyphs; their ranges index `text`.
    pub glyphs: Vec<Glyph>,
    /// The text the glyphs stand for (what copy-paste returns).
    pub text: String,
    /// Link target.
    pub link: Option<String>,
    /// The run ends with a hyphen added at a hyphenation break: it is not
    /// part of the text (screen readers and copy-paste skip it).
    pub hyphen: bool,
    /// What copy-paste and screen readers get instead of `text`: set on
    /// a right-to-left sequence, drawn in reverse order of its words, so
    /// that they read it in the order written (the sequence's first run
    /// drawn holds all of it, the others nothing).
    pub actual: Option<String>,
}

impl GlyphRun {
    /// Total advance.
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance).sum()
    }
}

/// One line of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Baseline, from the paragraph's top.
    pub baseline: f32,
    /// Width actually covered by ink.
    pub width: f32,
    /// The runs, left to right. Shared: a paragraph kept by the memo
    /// ([`super::memo`]) and the layout's elements hold the same runs, so
    /// neither copies their glyphs.
    pub runs: Vec<Arc<GlyphRun>>,
}

impl Line {
    /// The line's text.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("")
    }

    /// The line's left edge (first run's x).
    pub fn x(&self) -> f32 {
        self.runs.first().map_or(0.0, |r| r.x)
    }
}

/// A typeset paragraph.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paragraph {
    /// Lines, top to bottom.
    pub lines: Vec<Line>,
    /// Distance between baselines.
    pub leading: f32,
    /// Ascent of the first line above its baseline (for rules and
    /// alignment of side elements).
    pub ascent: f32,
}

impl Paragraph {
    /// Height of the paragraph's line boxes.
    pub fn height(&self) -> f32 {
        self.lines.len() as f32 * self.leading
    }

    /// A stable text form for golden tests: one line per line of text,
    /// numbers rounded to 0.01 pt.
    pub fn dump(&self, fonts: &Fonts, out: &mut String) {
        for l in &self.lines {
            let font = l.runs.first().map_or("-", |r| fonts.face(r.font).name.as_str());
            let size = l.runs.first().map_or(0.0, |r| r.size);
            let _ = writeln!(
                out,
                "  {:?} x={:.2} base={:.2} w={:.2} {font} {size:.2}",
                l.text(),
                l.x(),
                l.baseline,
                l.width
            );
        }
    }
}

/// Set `spans` in lines of `width` points.
///
/// Warnings (missing glyphs, words wider than the line) are appended to
/// `warnings`. A paragraph these fonts have set before, in the same
/// styles and width, is taken from their memo ([`super::memo`]).
pub fn typeset(
    fonts: &Fonts,
    spans: &[StyledText],
    par: &ParStyle,
    width: f32,
    warnings: &mut Vec<Diagnostic>,
) -> Paragraph {
    fonts.memo().get_or_set(spans, par, width, warnings, |warnings| set(fonts, spans, par, width, warnings))
}

/// [`typeset`], without the memo.
fn set(fonts: &Fonts, spans: &[StyledText], par: &ParStyle, width: f32, warnings: &mut Vec<Diagnostic>) -> Paragraph {
    let Some(first) = spans.first() else {
        return Paragraph::default();
    };
    let base_font = fonts.face(fonts.select(first.style.family, first.style.weight, first.style.italic));
    let base_size = first.style.size;
    let ascent =
        (par.leading - (base_font.ascender + base_font.descender) * base_size) / 2.0 + base_font.ascender * base_size;

    // Hostile or broken text, made safe before any work: a pile of
    // combining marks on one letter (at most 30 kept, as Unicode's
    // stream-safe format), a whole text joined by no-break spaces (they
    // may break).
    if let Some(safe) = sanitise(spans, warnings) {
        return set(fonts, &safe, par, width, warnings);
    }
    let (text, tags) = prepare(spans, par.lang);
    if text.trim().is_empty() {
        return Paragraph { lines: Vec::new(), leading: par.leading, ascent };
    }
    let subs = split_by_font(fonts, spans, &text, &tags, warnings);
    let mut glyphs: Vec<Glyph> = Vec::with_capacity(text.len());
    let mut glyph_sub: Vec<usize> = Vec::with_capacity(text.len());
    for (i, s) in subs.iter().enumerate() {
        let st = &spans[s.span].style;
        let shaped =
            shape(fonts, s.font, &text[s.range.clone()], s.range.start, st.size, st.tracking * st.size, par.lang);
        glyph_sub.extend(std::iter::repeat_n(i, shaped.len()));
        glyphs.extend(shaped);
    }

    let breaks = opportunities(&text, par);
    let built = build_items(fonts, spans, &subs, &text, &glyphs, &glyph_sub, &breaks, par, width, warnings);
    let chosen = breaker::break_lines(
        &built.items,
        &[width],
        // A heading's rag may be much looser: a short first line is
        // better than a phrase split across two.
        breaker::Params {
            ragged: par.align != Align::Justify,
            em: if par.phrases { 4.0 * base_size } else { base_size },
        },
    );
    let lines = assemble(fonts, spans, &subs, &text, &glyphs, &built, &chosen, par, width, ascent);
    // Words joined by no-break spaces typed in the text (pasted from a
    // word processor) that make a line wider than the column: the spaces
    // may break after all, rather than the text running off the page.
    if lines.iter().any(|l| l.width > width + 0.5) && spans.iter().any(|s| s.text.contains(NBSP)) {
        let relaxed: Vec<StyledText> =
            spans.iter().map(|s| StyledText { text: s.text.replace(NBSP, " "), ..s.clone() }).collect();
        let context = context(spans);
        warnings.push(nbsp_broken(context));
        return set(fonts, &relaxed, par, width, warnings);
    }
    Paragraph { lines, leading: par.leading, ascent }
}

/// The opening of `spans`, to name the text in a warning.
fn context(spans: &[StyledText]) -> String {
    spans.iter().flat_map(|s| s.text.chars()).take(50).collect()
}

/// The warning that no-break spaces in the text named by `context` were
/// allowed to break.
fn nbsp_broken(context: String) -> Diagnostic {
    Diagnostic::warning(
        "text.nbsp-broken",
        format!("no-break spaces in “{context}…” were allowed to break: the text is wider than its column"),
    )
    .with_hint("remove the no-break spaces (often pasted from a word processor), or shorten the text")
    .with_arg("text", context)
}

/// The no-break space a word processor types.
const NBSP: char = '\u{A0}';

/// Most combining marks kept on one character.
const MAX_MARKS: usize = 30;
/// A stretch of text this long without an ordinary space, but with
/// no-break spaces, cannot be a name or a number kept together.
const MAX_UNBROKEN: usize = 120;

/// Combining marks (accents typed on their own).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// `spans` made safe to set, when they need it (see [`typeset`]).
fn sanitise(spans: &[StyledText], warnings: &mut Vec<Diagnostic>) -> Option<Vec<StyledText>> {
    let too_many_marks = spans.iter().any(|s| {
        let mut run = 0;
        s.text.chars().any(|c| {
            run = if is_mark(c) { run + 1 } else { 0 };
            run > MAX_MARKS
        })
    });
    let unbroken = spans.iter().any(|s| {
        s.text.contains(NBSP) && s.text.split(' ').any(|w| w.chars().count() > MAX_UNBROKEN && w.contains(NBSP))
    });
    if !too_many_marks && !unbroken {
        return None;
    }
    let context = context(spans);
    if too_many_marks {
        warnings.push(
            Diagnostic::warning(
                "text.too-many-marks",
                format!("a letter of “{context}…” carries more than {MAX_MARKS} accents: the rest are left out"),
            )
            .with_arg("text", context.clone()),
        );
    }
    if unbroken {
        warnings.push(nbsp_broken(context));
    }
    Some(
        spans
            .iter()
            .map(|s| {
                let mut text = String::with_capacity(s.text.len());
                let mut run = 0;
                for c in s.text.chars() {
                    run = if is_mark(c) { run + 1 } else { 0 };
                    if run <= MAX_MARKS {
                        text.push(if unbroken && c == NBSP { ' ' } else { c });
                    }
                }
                StyledText { text, ..s.clone() }
            })
            .collect(),
    )
}

/// Normalise whitespace, decompose typed compatibility ligatures (the
/// font's `liga` feature rebuilds them) and apply the language's rules.
/// Returns the text and, for each char boundary, the span it came from.
fn prepare(spans: &[StyledText], lang: Language) -> (String, Vec<(usize, u32)>) {
    let mut chars: Vec<(char, u32)> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        for c in s.text.chars() {
            let tag = i as u32;
            let decomposed: &str = match c {
                '\u{FB00}' => "ff",
                '\u{FB01}' => "fi",
                '\u{FB02}' => "fl",
                '\u{FB03}' => "ffi",
                '\u{FB04}' => "ffl",
                '\u{FB05}' | '\u{FB06}' => "st",
                '\n' | '\t' | '\r' => " ",
                _ => {
                    if c == ' ' && chars.last().is_some_and(|l| l.0 == ' ') {
                        continue;
                    }
                    if c.is_control() {
                        continue;
                    }
                    chars.push((c, tag));
                    continue;
                }
            };
            for d in decomposed.chars() {
                if d == ' ' && chars.last().is_some_and(|l| l.0 == ' ') {
                    continue;
                }
                chars.push((d, tag));
            }
        }
    }
    chars = match lang {
        Language::French => french::apply(&chars),
        Language::English => english::apply(&chars),
    };
    // A line break the author asked for takes the spaces around it, and
    // several in a row are one: a blank line inside a paragraph would
    // read as a paragraph break that is not one.
    if chars.iter().any(|c| c.0 == LINE_BREAK) {
        let mut kept: Vec<(char, u32)> = Vec::with_capacity(chars.len());
        for c in chars {
            let after_break = kept.last().is_some_and(|l| l.0 == LINE_BREAK);
            match c.0 {
                ' ' if after_break => {}
                LINE_BREAK if after_break => {}
                LINE_BREAK => {
                    while kept.last().is_some_and(|l| l.0 == ' ') {
                        kept.pop();
                    }
                    kept.push(c);
                }
                _ => kept.push(c),
            }
        }
        chars = kept;
    }
    // Trim spaces (and breaks) at both ends.
    let blank = |c: &(char, u32)| c.0 == ' ' || c.0 == LINE_BREAK;
    while chars.last().is_some_and(blank) {
        chars.pop();
    }
    let lead = chars.iter().take_while(|c| blank(c)).count();
    let mut text = String::with_capacity(chars.len() * 2);
    let mut tags = Vec::with_capacity(chars.len());
    for &(c, t) in &chars[lead..] {
        tags.push((text.len(), t));
        text.push(c);
    }
    (text, tags)
}

/// Split the text into stretches of one span and one face, choosing a
/// fallback face for characters the main face lacks.
fn split_by_font(
    fonts: &Fonts,
    spans: &[StyledText],
    text: &str,
    tags: &[(usize, u32)],
    warnings: &mut Vec<Diagnostic>,
) -> Vec<SubRun> {
    let mut subs: Vec<SubRun> = Vec::new();
    let mut warned: Vec<char> = Vec::new();
    for (k, &(pos, tag)) in tags.iter().enumerate() {
        let c = text[pos..].chars().next().unwrap_or(' ');
        let st = &spans[tag as usize].style;
        let main = fonts.select(st.family, st.weight, st.italic);
        let font = if c == ' ' || fonts.face(main).has_glyph(c) || c.is_whitespace() {
            main
        } else if let Some(fb) = fonts.fallback_for(c) {
            fb
        } else {
            if !warned.contains(&c) && !is_invisible(c) {
                warned.push(c);
                let context: String = text.chars().take(50).collect();
                warnings.push(
                    Diagnostic::warning(
                        "font.missing-glyph",
                        format!(
                            "no font has the character '{c}' (U+{:04X}); it is shown as a box, in “{context}…”",
                            c as u32
                        ),
                    )
                    .with_hint("add a font that covers it in [theme] fallback_fonts = [\"fonts/….ttf\"]"),
                );
            }
            main
        };
        let end = tags.get(k + 1).map_or(text.len(), |t| t.0);
        match subs.last_mut() {
            Some(s) if s.span == tag as usize && s.font == font => s.range.end = end,
            _ => subs.push(SubRun { range: pos..end, span: tag as usize, font }),
        }
    }
    subs
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{2060}' | '\u{FEFF}')
}

/// Turn chosen breaks into lines of glyph runs: distribute the stretch of
/// justified lines into their word spaces, add hyphens, align.
#[allow(clippy::too_many_arguments)]
fn assemble(
    fonts: &Fonts,
    spans: &[StyledText],
    subs: &[SubRun],
    text: &str,
    glyphs: &[Glyph],
    built: &Built,
    chosen: &[breaker::Break],
    par: &ParStyle,
    width: f32,
    ascent: f32,
) -> Vec<Line> {
    let items = &built.items;
    // Looked for once: most paragraphs have no right-to-left letter.
    let paragraph_rtl = is_rtl(text);
    let mut lines = Vec::with_capacity(chosen.len());
    let mut start = 0;
    for (li, br) in chosen.iter().enumerate() {
        // A line the author ended (a line break) is set like the last.
        let last = li + 1 == chosen.len()
            || matches!(items.get(br.pos), Some(Item::Penalty { cost, .. }) if *cost <= breaker::FORCED_BREAK);
        // Skip discardable items at the start of the line.
        while start < br.pos && !matches!(items[start], Item::Box { .. }) {
            start += 1;
        }
        let ratio = if par.align == Align::Justify && last && br.ratio.is_finite() {
            // The last line is not stretched, but it may have been chosen
            // slightly tight: shrink it then.
            br.ratio.clamp(-1.0, 0.0)
        } else if par.align == Align::Justify && !last && br.ratio.is_finite() {
            // Even an emergency line is fully justified: a short line
            // inside a justified paragraph reads as a mistake.
            br.ratio.max(-1.0)
        } else {
            0.0
        };
        let mut runs: Vec<GlyphRun> = Vec::new();
        let mut cur_sub = usize::MAX;
        let mut x = 0.0f32;
        // Trailing spaces before the break are not drawn.
        let mut end = br.pos;
        while end > start && !matches!(items[end - 1], Item::Box { .. }) {
            end -= 1;
        }
        for (item, piece_index) in items[start..end].iter().zip(&built.item_piece[start..end]) {
            let Some(pi) = *piece_index else { continue };
            let piece = &built.pieces[pi];
            let extra = match *item {
                Item::Glue { stretch, shrink, .. } => {
                    if ratio >= 0.0 {
                        ratio * stretch
                    } else {
                        ratio * shrink
                    }
                }
                _ => 0.0,
            };
            // A space joins the run before it (one run per word group),
            // unless its glyph is of another font: a glyph id means
            // nothing in another face (Inter's space drawn in a fallback
            // font was a visible letter over the next word).
            let other_font = runs.is_empty() || subs[piece.sub].font != subs[cur_sub].font;
            if piece.sub != cur_sub && (piece.kind != PieceKind::Space || other_font) {
                let s = &subs[piece.sub];
                let st = &spans[s.span].style;
                runs.push(GlyphRun {
                    x,
                    font: s.font,
                    size: st.size,
                    color: st.color,
                    glyphs: Vec::new(),
                    text: String::new(),
                    link: spans[s.span].link.clone(),
                    hyphen: false,
                    actual: None,
                });
                cur_sub = piece.sub;
            }
            let run = runs.last_mut().expect("a run was started");
            let n = piece.glyphs.len();
            for (k, g) in glyphs[piece.glyphs.clone()].iter().enumerate() {
                let mut g = g.clone();
                if k + 1 == n {
                    g.advance += extra;
                }
                x += g.advance;
                run.glyphs.push(g);
            }
        }
        // Each run's text, and its glyphs' ranges into it (a right-to-left
        // word's glyphs run backwards, and a word too wide for the line is
        // cut cluster by cluster: see `text_span`).
        for run in &mut runs {
            let span = text_span(&run.glyphs);
            run.text = text[span.clone()].to_owned();
            for g in &mut run.glyphs {
                g.range = g.range.start - span.start..g.range.end - span.start;
            }
        }
        // A hyphen at a hyphenation break.
        if let Item::Penalty { width: hw, .. } = items[br.pos]
            && hw > 0.0
            && let Some(run) = runs.last_mut()
        {
            let mut h = shape(fonts, run.font, "-", 0, run.size, 0.0, par.lang);
            let at = run.text.len();
            for g in &mut h {
                g.range = at..at + 1;
                x += g.advance;
            }
            run.text.push('-');
            run.glyphs.extend(h);
            run.hyphen = true;
        }
        let offset = match par.align {
            Align::Justify | Align::Left => 0.0,
            Align::Right => (width - x).max(0.0),
            Align::Center => ((width - x) / 2.0).max(0.0),
        };
        for r in &mut runs {
            r.x += offset;
        }
        runs.retain(|r| !r.glyphs.is_empty());
        if paragraph_rtl && runs.iter().any(|r| is_rtl(&r.text)) {
            runs = set_right_to_left(runs);
        }
        let runs = runs.into_iter().map(Arc::new).collect();
        lines.push(Line { baseline: li as f32 * par.leading + ascent, width: x, runs });
        start = br.pos + 1;
    }
    lines
}

/// On a line, a sequence of right-to-left words (Hebrew, Arabic) and the
/// spaces between them is set in right-to-left order: the Unicode bidi
/// algorithm's reordering for words embedded in a left-to-right line.
/// Each word's glyphs are already in drawing order (shaped right to left);
/// the sequence keeps its width, so nothing else on the line moves. Runs
/// are cut into words and spaces for this, and pieces that stay in order
/// are joined again.
fn set_right_to_left(runs: Vec<GlyphRun>) -> Vec<GlyphRun> {
    /// A word or a space of one run.
    struct Piece {
        run: usize,
        glyphs: std::ops::Range<usize>,
        /// Its text, in the run's text.
        text: std::ops::Range<usize>,
        space: bool,
        rtl: bool,
    }
    let mut pieces: Vec<Piece> = Vec::new();
    for (ri, run) in runs.iter().enumerate() {
        for (i, g) in run.glyphs.iter().enumerate() {
            let t = run.text.get(g.range.clone()).unwrap_or("");
            let space = !t.is_empty() && t.chars().all(char::is_whitespace);
            match pieces.last_mut() {
                Some(p) if p.run == ri && !p.space && !space => p.glyphs.end = i + 1,
                _ => pieces.push(Piece { run: ri, glyphs: i..i + 1, text: 0..0, space, rtl: false }),
            }
        }
    }
    for p in &mut pieces {
        let run = &runs[p.run];
        p.text = text_span(&run.glyphs[p.glyphs.clone()]);
        p.rtl = !p.space && is_rtl(&run.text[p.text.clone()]);
    }
    let mut order: Vec<usize> = (0..pieces.len()).collect();
    // Each reversed sequence: its pieces, and its text as written.
    let mut sequences: Vec<(std::ops::RangeInclusive<usize>, String)> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if !pieces[i].rtl {
            i += 1;
            continue;
        }
        // From this right-to-left word to the last one reached through
        // spaces and right-to-left words only.
        let (mut j, mut k) = (i, i + 1);
        while k < pieces.len() && (pieces[k].space || pieces[k].rtl) {
            if pieces[k].rtl {
                j = k;
            }
            k += 1;
        }
        order[i..=j].reverse();
        let written = pieces[i..=j].iter().map(|p| &runs[p.run].text[p.text.clone()]).collect();
        sequences.push((i..=j, written));
        i = j + 1;
    }
    // Rebuild runs in the new order: consecutive pieces of one run that
    // kept their order stay one run.
    let mut x = runs.first().map_or(0.0, |r| r.x);
    let mut out: Vec<GlyphRun> = Vec::with_capacity(runs.len());
    let mut prev: Option<usize> = None;
    for &p in &order {
        let piece = &pieces[p];
        let src = &runs[piece.run];
        let joined = prev.is_some_and(|q| q + 1 == p && pieces[q].run == piece.run);
        if !joined {
            out.push(GlyphRun { x, ..src.clone_empty() });
        }
        let run = out.last_mut().expect("a run was started");
        let base = run.text.len();
        run.text.push_str(&src.text[piece.text.clone()]);
        for g in &src.glyphs[piece.glyphs.clone()] {
            x += g.advance;
            let mut g = g.clone();
            g.range = g.range.start - piece.text.start + base..g.range.end - piece.text.start + base;
            run.glyphs.push(g);
        }
        // The added hyphen belongs to the piece that ends its run.
        run.hyphen = src.hyphen && piece.glyphs.end == src.glyphs.len();
        if let Some((seq, written)) = sequences.iter().find(|(seq, _)| seq.contains(&p)) {
            // The first piece drawn is the sequence's last.
            run.actual = Some(if p == *seq.end() { written.clone() } else { String::new() });
        }
        prev = Some(p);
    }
    out
}

impl GlyphRun {
    /// The run's style and link, without glyphs or text.
    fn clone_empty(&self) -> GlyphRun {
        GlyphRun {
            x: self.x,
            font: self.font,
            size: self.size,
            color: self.color,
            glyphs: Vec::new(),
            text: String::new(),
            link: self.link.clone(),
            hyphen: false,
            actual: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(size: f32) -> TextStyle {
        TextStyle {
            family: Family::Body,
            weight: Weight::Regular,
            italic: false,
            size,
            color: Rgb(0, 0, 0),
            tracking: 0.0,
        }
    }

    fn set(text: &str, width: f32, align: Align) -> Paragraph {
        let fonts = Fonts::bundled();
        let spans = [StyledText { text: text.to_owned(), style: style(10.0), link: None }];
        let par = ParStyle { align, leading: 13.0, hyphenate: true, lang: Language::French, phrases: false };
        typeset(&fonts, &spans, &par, width, &mut Vec::new())
    }

    #[test]
    fn a_line_break_ends_a_line_that_is_not_justified() {
        let p = set("Intervenant : Nom\u{2028}  Lieu : Salle 3", 250.0, Align::Justify);
        let texts: Vec<String> = p.lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["Intervenant\u{a0}: Nom", "Lieu\u{a0}: Salle 3"]);
        // Set at its natural width, as a last line, not stretched to 250.
        assert!(p.lines[0].width < 120.0, "{}", p.lines[0].width);
        // Breaks in a row, or at the ends, make no empty line.
        let p = set("\u{2028}un\u{2028} \u{2028}deux\u{2028}", 250.0, Align::Justify);
        let texts: Vec<String> = p.lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["un", "deux"]);
    }

    #[test]
    fn right_to_left_words_are_set_right_to_left_in_the_line() {
        // Inter has no Hebrew: the glyphs are boxes, but their order is
        // what is checked (with a fallback font, see the render in
        // docs/renders/right-to-left-names.png).
        let p = set("Accueil par שלום עליכם et ici", 400.0, Align::Left);
        assert_eq!(p.lines.len(), 1);
        let line = &p.lines[0];
        let words: Vec<&str> = line.runs.iter().map(|r| r.text.trim()).filter(|t| !t.is_empty()).collect();
        assert_eq!(words, ["Accueil par", "עליכם", "שלום", "et ici"], "drawn left to right");
        // The runs follow each other without gaps or overlaps, and the
        // line keeps its width.
        let mut x = line.runs[0].x;
        for r in &line.runs {
            assert!((r.x - x).abs() < 0.01, "{} at {} not {x}", r.text, r.x);
            x += r.width();
        }
        assert!((x - line.width).abs() < 0.01);
        // Copy-paste reads the sequence as written, from its first run drawn.
        let actual: Vec<Option<&str>> = line.runs.iter().map(|r| r.actual.as_deref()).collect();
        assert_eq!(actual, [None, Some("שלום עליכם"), Some(""), Some(""), None]);
        // Each Hebrew word's glyphs are in drawing order: its first letter
        // (in the text) is drawn last, at the right.
        let shalom = line.runs.iter().find(|r| r.text == "שלום").unwrap();
        let first = shalom.glyphs.first().unwrap();
        assert_eq!(&shalom.text[first.range.clone()], "ם");
        // A right-to-left word too wide for its column is cut cluster by
        // cluster (its glyphs run backwards: this panicked, found by fuzzing).
        let p = set(&"שלום".repeat(30), 40.0, Align::Left);
        assert!(p.lines.len() > 1);
        // A line without right-to-left text is left as it was.
        let p = set("Accueil par Ana et ici", 400.0, Align::Left);
        assert_eq!(p.lines[0].runs.len(), 1);
    }

    const TEXT: &str = "Les intelligences artificielles peuvent transformer en profondeur les métiers, l'intérêt au travail, l'organisation du travail proprement dite avec des effets induits sur les conditions de travail et la santé des salarié·es. La régulation au niveau européen est en cours d'élaboration.";

    #[test]
    fn justified_lines_fill_the_measure() {
        let p = set(TEXT, 250.0, Align::Justify);
        assert!(p.lines.len() > 3);
        for l in &p.lines[..p.lines.len() - 1] {
            assert!((l.width - 250.0).abs() < 0.05, "{} {}", l.text(), l.width);
        }
        assert!(p.lines.last().unwrap().width <= 250.0);
    }

    #[test]
    fn text_round_trips_apart_from_hyphens_and_spaces() {
        let p = set(TEXT, 150.0, Align::Justify);
        let mut joined = String::new();
        for l in &p.lines {
            let t = l.text();
            match t.strip_suffix('-') {
                Some(s) if !s.ends_with(|c: char| !c.is_alphabetic()) => joined.push_str(s),
                _ => {
                    joined.push_str(&t);
                    joined.push(' ');
                }
            }
        }
        let norm = |s: &str| s.replace(['\u{2019}', '\''], "'").split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(norm(&joined), norm(TEXT));
    }

    #[test]
    fn no_line_starts_with_high_punctuation() {
        let t = "Quels sont les risques pour notre démocratie ? Sommes nous toutes et tous égaux face à l'IA ? Le mot « sécurité » revient : partout ; toujours !";
        for w in [60.0, 80.0, 100.0, 120.0, 140.0] {
            let p = set(t, w, Align::Justify);
            for l in &p.lines {
                let s = l.text();
                assert!(!s.starts_with([':', ';', '!', '?', '»']), "{s:?}");
                assert!(!s.trim_end().ends_with('«'), "{s:?}");
            }
        }
    }

    #[test]
    fn ligatures_copy_back_as_letters() {
        let p = set("efficace ﬁn", 400.0, Align::Left);
        assert_eq!(p.lines[0].text(), "efficace fin");
    }

    #[test]
    fn overlong_words_are_broken_with_a_warning() {
        let fonts = Fonts::bundled();
        let spans = [StyledText { text: "a".repeat(300), style: style(10.0), link: None }];
        let par =
            ParStyle { align: Align::Justify, leading: 13.0, hyphenate: true, lang: Language::French, phrases: false };
        let mut w = Vec::new();
        let p = typeset(&fonts, &spans, &par, 100.0, &mut w);
        assert!(p.lines.len() > 5);
        assert!(p.lines.iter().all(|l| l.width <= 100.5));
        assert_eq!(w.len(), 1);
    }
}
