//! From shaped text to the line breaker's items: words become boxes,
//! spaces glue, and break opportunities inside words (hyphenation points,
//! typed hyphens, slashes, places in web and e-mail addresses) penalties
//! with costs. [`super::breaker`] then chooses among them.

use super::breaker::{FORCED_BREAK, INFINITE_PENALTY, Item};
use super::fonts::{FontId, Fonts};
use super::paragraph::{Align, ParStyle, StyledText};
use super::shape::Glyph;
use super::{french, hyphenate};
use crate::diagnostic::Diagnostic;
use crate::model::rich::LINE_BREAK;

/// Cost of breaking at a hyphenation point: TeX's `\hyphenpenalty` (50),
/// low enough that hyphenating beats a loose line, high enough that an
/// equally good break between words wins.
const HYPHEN_PENALTY: f32 = 50.0;
/// A capitalised word is probably a proper name: hyphenating
/// `Lequesne-Roth` or `Nguyễn` is avoided unless nothing else fits.
const NAME_HYPHEN_PENALTY: f32 = 3_000.0;
/// Breaking after a typed hyphen (`Grange-aux-Belles`): TeX's
/// `\exhyphenpenalty` (50).
const EXPLICIT_HYPHEN_PENALTY: f32 = 50.0;
/// Breaking after a slash in `éthique/déontologie`, or after `/ . @ -` in
/// an address: allowed, but a space is a better break.
const SLASH_PENALTY: f32 = 150.0;
/// Breaking a word that is wider than the whole measure: the last resort.
const OVERLONG_PENALTY: f32 = 5_000.0;
/// Word-space stretch and shrink as a fraction of the space: with the
/// breaker's first-pass tolerance of ratio 1, spaces stay between 0.67×
/// and 1.5× their natural width.
const SPACE_STRETCH: f32 = 0.5;
const SPACE_SHRINK: f32 = 0.33;

/// What a piece of the paragraph is.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum PieceKind {
    /// Letters and punctuation.
    Word,
    /// A word space.
    Space,
}

/// Consecutive glyphs of one sub-run between two break opportunities.
pub(super) struct Piece {
    pub(super) glyphs: std::ops::Range<usize>,
    pub(super) sub: usize,
    pub(super) kind: PieceKind,
}

/// A stretch of text in one face with one style.
pub(super) struct SubRun {
    pub(super) range: std::ops::Range<usize>,
    pub(super) span: usize,
    pub(super) font: FontId,
}

/// A break opportunity inside a word.
#[derive(Clone, Copy)]
pub(super) struct Opportunity {
    /// Byte offset: the break comes before this position.
    pos: usize,
    /// Cost.
    cost: f32,
    /// Add a hyphen when broken here.
    hyphen: bool,
    /// Counts as a hyphenated line.
    flagged: bool,
}

/// Break opportunities inside words, sorted by position.
pub(super) fn opportunities(text: &str, par: &ParStyle) -> Vec<Opportunity> {
    let mut out = Vec::new();
    let mut pts = Vec::new();
    let mut start = 0;
    let is_sep = |c: char| c == ' ' || c == french::NBSP || c == LINE_BREAK;
    let mut words: Vec<(usize, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        if is_sep(c) {
            if i > start {
                words.push((start, i));
            }
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        words.push((start, text.len()));
    }
    // Web and e-mail addresses, as byte ranges, in order.
    let mut addresses: Vec<(usize, usize)> = Vec::new();
    for (s, e) in words {
        let word = &text[s..e];
        let is_address = word.contains("://") || word.contains('@') || word.starts_with("www.");
        if is_address {
            addresses.push((s, e));
            for (i, c) in word.char_indices() {
                let after = i + c.len_utf8();
                if matches!(c, '/' | '.' | '@' | '-' | '?' | '&' | '=') && after < word.len() && after > 1 {
                    out.push(Opportunity { pos: s + after, cost: SLASH_PENALTY, hyphen: false, flagged: false });
                }
            }
            continue;
        }
        for (i, c) in word.char_indices() {
            let after = i + c.len_utf8();
            // After a typed hyphen or slash between letters.
            let next_is_letter = word[after..].chars().next().is_some_and(char::is_alphanumeric);
            let prev_is_letter = word[..i].chars().next_back().is_some_and(char::is_alphanumeric);
            if c == '-' && prev_is_letter && next_is_letter {
                out.push(Opportunity { pos: s + after, cost: EXPLICIT_HYPHEN_PENALTY, hyphen: false, flagged: true });
            } else if (c == '/' || c == '–' || c == '—')
                && after < word.len()
                && i > 0
                && !word[after..].starts_with(french::NNBSP)
            {
                out.push(Opportunity { pos: s + after, cost: SLASH_PENALTY, hyphen: false, flagged: false });
            }
        }
        if par.hyphenate {
            pts.clear();
            hyphenate::points(word, par.lang, &mut pts);
            for p in &pts {
                out.push(Opportunity {
                    pos: s + p.offset,
                    cost: if p.capitalised { NAME_HYPHEN_PENALTY } else { HYPHEN_PENALTY },
                    hyphen: true,
                    flagged: true,
                });
            }
        }
    }
    // Unicode line-breaking opportunities (UAX #14) inside words: between
    // CJK ideographs, after dashes and the like. Spaces are handled as
    // glue, and the rules above win where both apply (the sort is stable
    // and keeps the first of equal positions). Web and e-mail addresses
    // keep only their own break points.
    let mut w = 0;
    for (pos, op) in unicode_linebreak::linebreaks(text) {
        if op != unicode_linebreak::BreakOpportunity::Allowed || pos == 0 || pos >= text.len() {
            continue;
        }
        let before = text[..pos].chars().next_back().unwrap_or(' ');
        let after = text[pos..].chars().next().unwrap_or(' ');
        if is_sep(before) || is_sep(after) || before == french::NNBSP || after == french::NNBSP {
            continue;
        }
        // The word holding `pos` (positions come in order: one pass).
        while w < addresses.len() && addresses[w].1 < pos {
            w += 1;
        }
        if addresses.get(w).is_some_and(|&(a, b)| a < pos && pos < b) {
            continue;
        }
        let cost = if is_ideographic(before) || is_ideographic(after) { 0.0 } else { SLASH_PENALTY };
        out.push(Opportunity { pos, cost, hyphen: false, flagged: false });
    }
    out.sort_by_key(|o| o.pos);
    out.dedup_by_key(|o| o.pos);
    out
}

/// Breaking a heading inside a phrase, between two common words
/// ("intelligence | artificielle").
const INSIDE_PHRASE_PENALTY: f32 = 900.0;
/// Breaking a heading right after a small word ("pour | les nul·les").
const AFTER_SMALL_WORD_PENALTY: f32 = 2_000.0;

/// Small words that open a phrase: a heading breaks well before them.
const SMALL_WORDS_FR: [&str; 24] = [
    "de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "à", "au", "aux", "en", "dans", "sur", "avec", "par",
    "ou", "un", "une", "contre", "sans", "vers",
];
const SMALL_WORDS_EN: [&str; 16] =
    ["of", "the", "and", "for", "in", "on", "with", "to", "a", "an", "at", "by", "from", "or", "into", "about"];

/// The cost of breaking a heading at the space between `before` and
/// `after`: free after punctuation, before a small word or after a
/// capitalised one in French (a name, the first word); dear inside a
/// phrase of two common words, dearer after a small word.
fn phrase_break_cost(before: &str, after: &str, lang: crate::model::Language) -> f32 {
    let prev = before.trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let next = after.trim_start().split(|c: char| c.is_whitespace()).next().unwrap_or("");
    let small: &[&str] = match lang {
        crate::model::Language::French => &SMALL_WORDS_FR,
        crate::model::Language::English => &SMALL_WORDS_EN,
    };
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let is_small = |w: &str| {
        let w = bare(w);
        // `l'intelligence`, `d'un`: the elided article belongs to its word.
        small.contains(&w.as_str())
    };
    if prev.ends_with([':', ',', ';', '?', '!', '—', '–', ')', '»']) || next.starts_with(['—', '–', '(', '«'])
    {
        return 0.0;
    }
    if is_small(prev) {
        return AFTER_SMALL_WORD_PENALTY;
    }
    if is_small(next) {
        return 0.0;
    }
    // English titles capitalise every word: capitals say nothing there.
    let common = |w: &str| lang == crate::model::Language::English || w.chars().next().is_some_and(char::is_lowercase);
    if common(prev) && common(next) { INSIDE_PHRASE_PENALTY } else { 0.0 }
}

/// CJK ideographs, kana and hangul, between which lines may break freely.
fn is_ideographic(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn build_items(
    fonts: &Fonts,
    spans: &[StyledText],
    subs: &[SubRun],
    text: &str,
    glyphs: &[Glyph],
    glyph_sub: &[usize],
    opps: &[Opportunity],
    par: &ParStyle,
    width: f32,
    warnings: &mut Vec<Diagnostic>,
) -> Built {
    let justify = par.align == Align::Justify;
    let mut items: Vec<Item> = Vec::with_capacity(glyphs.len() / 2);
    let mut item_piece: Vec<Option<usize>> = Vec::with_capacity(glyphs.len() / 2);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut opp = 0;
    let mut g = 0;
    let char_at = |pos: usize| text[pos..].chars().next().unwrap_or(' ');
    let is_space = |c: char| c == ' ' || c == french::NBSP || c == LINE_BREAK;
    while g < glyphs.len() {
        let start_pos = glyphs[g].range.start;
        let c = char_at(start_pos);
        let sub = glyph_sub[g];
        let kind = if is_space(c) { PieceKind::Space } else { PieceKind::Word };
        // Extend the piece while the kind and sub-run stay the same and
        // no break opportunity intervenes.
        while opp < opps.len() && opps[opp].pos <= start_pos {
            opp += 1;
        }
        let mut h = g + 1;
        while h < glyphs.len() && glyph_sub[h] == sub {
            let p = glyphs[h].range.start;
            let ch = char_at(p);
            let k = if is_space(ch) { PieceKind::Space } else { PieceKind::Word };
            if k != kind || kind == PieceKind::Space || (opp < opps.len() && opps[opp].pos == p) {
                break;
            }
            if glyphs[h].range.start != glyphs[h - 1].range.start && opp < opps.len() && opps[opp].pos < p {
                // An opportunity inside a ligature cluster: skip it.
                opp += 1;
                continue;
            }
            h += 1;
        }
        let w: f32 = glyphs[g..h].iter().map(|x| x.advance).sum();
        pieces.push(Piece { glyphs: g..h, sub, kind });
        let pi = pieces.len() - 1;
        match kind {
            PieceKind::Space if c == LINE_BREAK => {
                // The author's line break: the line ends here, filled
                // with nothing (as the paragraph's end), not justified.
                items.push(Item::Glue { width: 0.0, stretch: f32::INFINITY, shrink: 0.0 });
                item_piece.push(None);
                items.push(Item::Penalty { width: 0.0, cost: FORCED_BREAK, flagged: false });
                item_piece.push(None);
            }
            PieceKind::Space => {
                if c == french::NBSP {
                    items.push(Item::Penalty { width: 0.0, cost: INFINITE_PENALTY, flagged: false });
                    item_piece.push(None);
                } else if par.phrases {
                    // A costed break in place of the space's own.
                    let cost = phrase_break_cost(&text[..start_pos], &text[start_pos..], par.lang);
                    items.push(Item::Penalty { width: 0.0, cost, flagged: false });
                    item_piece.push(None);
                }
                let (stretch, shrink) = if justify { (w * SPACE_STRETCH, w * SPACE_SHRINK) } else { (0.0, 0.0) };
                items.push(Item::Glue { width: w, stretch, shrink });
                item_piece.push(Some(pi));
            }
            PieceKind::Word => {
                if w > width {
                    let word: String = text[super::shape::text_span(&glyphs[g..h])].chars().take(40).collect();
                    warnings.push(
                        Diagnostic::warning(
                            "text.word-too-wide",
                            format!("the word “{word}” is wider than its column and was broken"),
                        )
                        .with_hint("add a space or a hyphen where it may break, or shorten it"),
                    );
                    // One box per cluster, with costly breaks between.
                    pieces.pop();
                    let mut k = g;
                    while k < h {
                        let mut m = k + 1;
                        while m < h && glyphs[m].range.start == glyphs[k].range.start {
                            m += 1;
                        }
                        if k > g {
                            items.push(Item::Penalty { width: 0.0, cost: OVERLONG_PENALTY, flagged: false });
                            item_piece.push(None);
                        }
                        pieces.push(Piece { glyphs: k..m, sub, kind });
                        items.push(Item::Box { width: glyphs[k..m].iter().map(|x| x.advance).sum() });
                        item_piece.push(Some(pieces.len() - 1));
                        k = m;
                    }
                } else {
                    items.push(Item::Box { width: w });
                    item_piece.push(Some(pi));
                }
            }
        }
        // A break opportunity right after this piece, inside a word.
        if h < glyphs.len() && opp < opps.len() && opps[opp].pos == glyphs[h].range.start && kind == PieceKind::Word {
            let next = char_at(glyphs[h].range.start);
            if !is_space(next) {
                let o = opps[opp];
                let hyphen_w = if o.hyphen {
                    let st = &spans[subs[sub].span].style;
                    fonts.hyphen_advance(subs[sub].font) * st.size + st.tracking * st.size
                } else {
                    0.0
                };
                items.push(Item::Penalty { width: hyphen_w, cost: o.cost, flagged: o.flagged });
                item_piece.push(None);
            }
        }
        g = h;
    }
    items.push(Item::Glue { width: 0.0, stretch: f32::INFINITY, shrink: 0.0 });
    item_piece.push(None);
    items.push(Item::Penalty { width: 0.0, cost: FORCED_BREAK, flagged: false });
    item_piece.push(None);
    Built { items, item_piece, pieces }
}

/// The breaker's items and, for each, the glyphs it stands for.
pub(super) struct Built {
    pub(super) items: Vec<Item>,
    /// For each item, the piece of glyphs it draws (None for penalties).
    pub(super) item_piece: Vec<Option<usize>>,
    pub(super) pieces: Vec<Piece>,
}
