//! From the programme to content blocks: what each part of the brochure
//! says, in which style, with which role in the document's structure, and
//! how it may break across pages. No measuring happens here:
//! [`super::typeset`] sets the paragraphs, [`super::flow`] stacks them.

mod contacts;
mod cover;
mod programme;

use super::Role;
use super::design::Design;
use crate::model::assets::Logo;
use crate::model::rich::{self, Span};
use crate::model::{Date, Language, Person, Programme, Rgb, Rich, Slot, SlotKind, Workshop};
use crate::text::{Align, Family, ParStyle, StyledText, TextStyle, Weight};

/// A paragraph to set at a given place.
#[derive(Debug, Clone)]
pub struct Para {
    /// Name of the block in layout dumps (`slot-title`, `body`, …).
    pub kind: &'static str,
    /// Its role in the document's structure (heading, paragraph, list
    /// item), for the PDF's tags.
    pub role: Role,
    /// The text.
    pub spans: Vec<StyledText>,
    /// How it is set.
    pub style: ParStyle,
    /// Left edge.
    pub x: f32,
    /// Measure.
    pub width: f32,
    /// Space above the first line.
    pub space_before: f32,
    /// The last line stays on the page of what follows (headings).
    pub keep_with_next: bool,
    /// The first line stays on the page of what precedes (a guest line
    /// after a workshop's description).
    pub keep_with_previous: bool,
    /// Text set in the time column, level with the first line.
    pub side: Option<Side>,
    /// A list marker set left of the first line (hanging indent).
    pub marker: Option<(f32, Vec<StyledText>)>,
    /// A vertical bar at the left, grouping parallel sessions.
    pub bar: Option<Bar>,
    /// A background band behind the lines.
    pub band: Option<Band>,
    /// A bookmark entry pointing at the first line: level and title.
    pub bookmark: Option<(u8, String)>,
}

/// Text in the time column beside a paragraph.
#[derive(Debug, Clone)]
pub struct Side {
    /// Left edge of the column.
    pub x: f32,
    /// Width of the column.
    pub width: f32,
    /// The text.
    pub spans: Vec<StyledText>,
}

/// A vertical bar drawn beside rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// Left.
    pub x: f32,
    /// Thickness.
    pub width: f32,
    /// Colour.
    pub color: Rgb,
}

/// A background band behind rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// Left.
    pub x0: f32,
    /// Right.
    pub x1: f32,
    /// Colour.
    pub color: Rgb,
    /// On the first row of a page, the band starts at the cover's inset
    /// from the paper's top edge (or in the bleed above it).
    pub bleed_top: bool,
}

/// One content block.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph.
    Para(Para),
    /// Empty space. Without a band it is a gap, dropped at the top of a
    /// page; with a band it is painted and kept.
    Space {
        /// Height.
        height: f32,
        /// Background band.
        band: Option<Band>,
    },
    /// A horizontal rule.
    Rule {
        /// Left.
        x: f32,
        /// Length.
        width: f32,
        /// Thickness.
        thickness: f32,
        /// Colour.
        color: Rgb,
        /// Space above.
        space_before: f32,
    },
    /// Logos (or names, when there is no logo) in a row.
    Logos {
        /// Left edge.
        x: f32,
        /// Width available.
        width: f32,
        /// Label above the row.
        label: Option<StyledText>,
        /// The organisers' logos or names.
        items: Vec<(Option<Logo>, StyledText)>,
        /// Height of each logo box.
        height: f32,
        /// Placed at the bottom of the page.
        pin_bottom: bool,
        /// The language of the names (typography).
        lang: Language,
    },
    /// Blocks side by side, never split.
    Columns {
        /// Each column: its x, width and blocks.
        cols: Vec<Vec<Block>>,
        /// Space above.
        space_before: f32,
    },
    /// The blocks until [`Block::GroupEnd`] stay on one page when they
    /// are short (see [`super::flow`]); longer groups may break inside
    /// their descriptions.
    GroupStart,
    /// Ends a group.
    GroupEnd,
    /// Start a new page.
    PageBreak,
    /// Start a new page if less than this fraction of the page is left,
    /// so that a day does not begin at the foot of a page.
    NewPageIfLess(f32),
    /// Metadata beside text: the `side` blocks (in the left column) are
    /// drawn level with the first lines of the `main` blocks, and those
    /// lines stay on one page with them.
    Beside {
        /// The left column's blocks.
        side: Vec<Block>,
        /// The text column's blocks.
        main: Vec<Block>,
    },
    /// From here on the brochure is about this day and session, for
    /// running heads and continued sessions.
    Context(Context),
}

/// What a stretch of the brochure belongs to: a page that starts inside
/// it says so at its head.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Context {
    /// The day's heading (`Mardi 19 décembre`).
    pub day: Option<String>,
    /// The session under way, with its label and times
    /// (`Atelier 2 / 3 · 14h – 16h45`).
    pub session: Option<String>,
}

/// What the cover holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    /// Band, venue, introduction and organisers.
    Full,
    /// The introduction opens the programme on page 2 instead (it did not
    /// fit on the cover).
    WithoutIntroduction,
}

/// The cover's blocks alone, to see whether they fit on one page.
pub fn cover(p: &Programme, d: &Design, cover: Cover) -> Vec<Block> {
    let mut b = Builder { p, d, out: Vec::new(), lang: p.event.language, day: None };
    b.cover(cover);
    b.out
}

/// The brochure's content blocks.
pub fn build(p: &Programme, d: &Design, cover: Cover) -> Vec<Block> {
    let mut b = Builder { p, d, out: Vec::new(), lang: p.event.language, day: None };
    b.cover(cover);
    for (i, day) in p.days.iter().enumerate() {
        b.lang = p.event.language;
        if i > 0 {
            // A new day starts a new page only when the page is nearly
            // full: less room than a heading and a slot's first lines.
            b.out.push(Block::NewPageIfLess(0.25));
        }
        b.day_heading(day.date, day.title.as_deref());
        for slot in &day.slots {
            b.slot(slot);
        }
        b.lang = p.event.language;
        if let Some(note) = &day.note {
            let style = TextStyle { italic: true, color: d.muted, ..d.body_style() };
            b.rich(note, style, d.content_x(), d.content_width(), 14.0, "day-note");
        }
    }
    b.lang = p.event.language;
    b.context(Context::default());
    if d.back_cover && (!p.organisers.is_empty() || p.venue.is_some()) {
        b.out.push(Block::PageBreak);
    }
    b.contacts();
    b.out
}

struct Builder<'a> {
    p: &'a Programme,
    d: &'a Design,
    out: Vec<Block>,
    /// The language of the text being built: the slot's or workshop's.
    lang: Language,
    /// The day being built, for contexts.
    day: Option<String>,
}

fn text(s: impl Into<String>, style: TextStyle) -> StyledText {
    StyledText { text: s.into(), style, link: None }
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// A room's name kept on one line: "Salle Henaff", "Amphi A" read as one
/// name, and a line that ends on "Amphi" leaves the reader hunting for
/// which one. A name too long for that (over 24 characters) may break,
/// but never before a short suffix (a letter, a number: "Bâtiment B",
/// "Salle 204").
fn keep_name(name: &str) -> String {
    const NBSP: char = '\u{A0}';
    if name.chars().count() <= 24 {
        return name.replace(' ', "\u{A0}");
    }
    let words: Vec<&str> = name.split(' ').collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let short = w.chars().count() == 1 || (w.chars().count() <= 6 && w.chars().any(|c| c.is_ascii_digit()));
            out.push(if short { NBSP } else { ' ' });
        }
        out.push_str(w);
    }
    out
}

impl Builder<'_> {
    fn lang(&self) -> Language {
        self.lang
    }

    fn par_style(&self, align: Align, leading: f32, hyphenate: bool) -> ParStyle {
        ParStyle { align, leading, hyphenate, lang: self.lang, phrases: false }
    }

    /// A heading: ragged, not hyphenated.
    fn heading_style(&self, leading: f32) -> ParStyle {
        ParStyle { phrases: true, ..self.par_style(Align::Left, leading, false) }
    }

    /// Enter a context (see [`Context`]).
    fn context(&mut self, c: Context) {
        self.day = c.day.clone();
        self.out.push(Block::Context(c));
    }

    /// The day being built.
    fn day_context(&self) -> Option<String> {
        self.day.clone()
    }

    fn para(
        &self,
        kind: &'static str,
        spans: Vec<StyledText>,
        style: ParStyle,
        x: f32,
        width: f32,
        space_before: f32,
    ) -> Para {
        Para {
            kind,
            role: Role::Paragraph,
            spans,
            style,
            x,
            width,
            space_before,
            keep_with_next: false,
            keep_with_previous: false,
            side: None,
            marker: None,
            bar: None,
            band: None,
            bookmark: None,
        }
    }

    /// A bookmark title with the language's typography (curly
    /// apostrophes in French), as the text on the page has.
    fn mark(&self, s: &str) -> String {
        match self.lang() {
            Language::French => crate::text::french::typographic(s),
            Language::English => s.to_owned(),
        }
    }

    /// A full-width heading with a rule under it and a top-level
    /// bookmark: a day, or the contacts.
    fn section_heading(
        &mut self,
        kind: &'static str,
        spans: Vec<StyledText>,
        leading: f32,
        space_before: f32,
        mark: String,
    ) {
        let d = self.d;
        let mut h =
            self.para(kind, spans, self.par_style(Align::Left, leading, false), d.left(), d.width(), space_before);
        h.keep_with_next = true;
        h.role = Role::Heading(1);
        h.bookmark = Some((0, self.mark(&mark)));
        self.out.push(Block::Para(h));
        self.out.push(Block::Rule {
            x: d.left(),
            width: d.width(),
            thickness: 1.5,
            color: d.primary,
            space_before: 6.0,
        });
    }

    /// Rich text as body paragraphs and list items.
    fn rich(&mut self, r: &Rich, base: TextStyle, x: f32, width: f32, space_before: f32, kind: &'static str) -> usize {
        let d = self.d;
        let start = self.out.len();
        // Justification needs a measure of ~35 characters or more; narrower
        // columns (contact cards, A5 side columns) are set ragged right.
        let align = if width < 190.0 { Align::Left } else { Align::Justify };
        // Text written all in italics is the user saying "this is a note":
        // it stays as italic as its style, not toggled back to roman.
        let all_italic = |spans: &[Span]| spans.iter().all(|s| s.italic || s.text.trim().is_empty());
        let style = self.par_style(align, base.size * d.leading / d.body, true);
        let mut first = true;
        for blk in r.blocks() {
            let gap = if first { space_before } else { base.size * 0.5 };
            first = false;
            match blk {
                rich::Block::Paragraph(spans) => {
                    let spans = styled(spans, base, d, all_italic(spans));
                    self.out.push(Block::Para(self.para(kind, spans, style, x, width, gap)));
                }
                rich::Block::Item { marker, depth, spans } => {
                    let indent = 11.0 * (*depth as f32 + 1.0);
                    let flat = all_italic(spans);
                    // List items are set ragged right: an item is short,
                    // and justified its one full line shows wider or
                    // tighter spaces than the paragraph around it.
                    let item_style = ParStyle { align: Align::Left, ..style };
                    let mut p = self.para(
                        kind,
                        styled(spans, base, d, flat),
                        item_style,
                        x + indent,
                        width - indent,
                        gap * 0.5,
                    );
                    let m = if marker == "•" { "–".to_owned() } else { marker.clone() };
                    p.role = Role::ListItem;
                    p.marker = Some((
                        x + indent - 11.0,
                        vec![text(m, TextStyle { color: d.primary, weight: Weight::Bold, ..base })],
                    ));
                    self.out.push(Block::Para(p));
                }
            }
        }
        self.out.len() - start
    }
}

/// A slot's time range as printed in the time column. Narrow no-break
/// spaces around the dash keep the range on one line.
pub fn time_range(slot: &Slot, style: crate::model::TimeStyle) -> String {
    match slot.end {
        Some(e) => format!("{}\u{202F}–\u{202F}{}", slot.start.format(style), e.format(style)),
        None => slot.start.format(style),
    }
}

/// The style of the time column.
pub fn time_style(d: &Design, color: Rgb) -> TextStyle {
    d.style(Family::Heading, Weight::SemiBold, false, d.body, color)
}

/// Rich spans in a base style: bold is set semibold at body sizes (Inter
/// Bold is heavy at 9.5 pt), links in the accent colour. Italics toggle
/// the base's slant, unless `keep_italic` (the whole text is italic).
fn styled(spans: &[Span], base: TextStyle, d: &Design, keep_italic: bool) -> Vec<StyledText> {
    spans
        .iter()
        .map(|s| StyledText {
            text: s.text.clone(),
            style: TextStyle {
                weight: if s.bold { Weight::SemiBold } else { base.weight },
                italic: if keep_italic { base.italic || s.italic } else { s.italic != base.italic },
                color: if s.link.as_deref().is_some_and(rich::allowed_link) { d.accent } else { base.color },
                ..base
            },
            link: s.link.clone().filter(|l| rich::allowed_link(l)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::keep_name;

    #[test]
    fn room_names_stay_on_one_line() {
        assert_eq!(keep_name("Amphi A"), "Amphi\u{A0}A");
        assert_eq!(keep_name("Salle Henaff"), "Salle\u{A0}Henaff");
        // A long name may break, but not before its letter or number.
        assert_eq!(keep_name("Grand amphithéâtre du bâtiment B 204"), "Grand amphithéâtre du bâtiment\u{A0}B\u{A0}204");
    }
}
