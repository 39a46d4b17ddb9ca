//! Page furniture: the running footer of every page but the cover (the
//! event's title and version stamp on the left, the page number on the
//! right, over a hairline), and the running head of a page that continues
//! a day or a session, so that a loose sheet still says when it is.

use super::design::Design;
use super::document::{Element, ink_extent};
use crate::diagnostic::Diagnostic;
use crate::model::{Language, Programme};
use crate::text::{self, Align, Family, Fonts, ParStyle, StyledText, TextStyle, Weight};

/// Longest title printed in the footer, in characters; longer titles are
/// cut at a word and end with `…`.
const MAX_TITLE: usize = 90;

/// Running footer text.
#[derive(Debug, Clone)]
pub struct Footer {
    /// Left: the event's title.
    pub title: String,
    /// After the title: the version stamp (`Mis à jour le …`).
    pub stamp: Option<String>,
    /// The word for "page".
    pub page: String,
    /// The heading of a page left for notes.
    pub notes: String,
    /// Document language.
    pub lang: Language,
}

impl Footer {
    /// The footer of a programme.
    pub fn new(p: &Programme) -> Footer {
        Footer {
            title: shorten(&p.event.title, MAX_TITLE),
            stamp: p.event.updated.map(|u| u.text(&p.labels.updated, p.event.language, p.theme.time_style)),
            page: p.labels.page.clone(),
            notes: p.labels.notes.clone(),
            lang: p.event.language,
        }
    }

    /// A page left for notes, so that a folded booklet has a multiple of
    /// 4 pages: its heading (text of `block`, see [`super::Document::roles`])
    /// and writing lines to the foot of the text area.
    pub fn notes(&self, block: u32, d: &Design, fonts: &Fonts, warnings: &mut Vec<Diagnostic>) -> Vec<Element> {
        let mut out = Vec::new();
        let size = d.scale.section;
        let style = d.style(Family::Display, Weight::Bold, false, size, d.ink);
        let par =
            ParStyle { align: Align::Left, leading: size * 1.25, hyphenate: false, lang: self.lang, phrases: false };
        let set = text::typeset(
            fonts,
            &[StyledText { text: self.notes.clone(), style, link: None }],
            &par,
            d.width(),
            warnings,
        );
        let base = d.margin.top + set.ascent;
        if let Some(line) = set.lines.first() {
            for run in &line.runs {
                out.push(Element::Text {
                    block,
                    x: d.left() + run.x,
                    y: base,
                    run: run.clone(),
                    extent: ink_extent(run.size),
                });
            }
        }
        out.push(Element::Rect { x: d.left(), y: base + 8.0, w: d.width(), h: 1.5, color: d.primary });
        let mut y = base + 8.0 + 26.0;
        while y < d.margin.top + d.height() {
            out.push(Element::Rect { x: d.left(), y, w: d.width(), h: 0.35, color: d.muted });
            y += 22.0;
        }
        out
    }

    /// Draw the running head of a page that continues `day` (and the
    /// session `session`) into `out`, in the top margin.
    pub fn head(
        &self,
        day: &str,
        session: Option<&str>,
        d: &Design,
        fonts: &Fonts,
        warnings: &mut Vec<Diagnostic>,
        out: &mut Vec<Element>,
    ) {
        let cont = match self.lang {
            Language::French => "suite",
            Language::English => "continued",
        };
        let style = TextStyle { tracking: 0.06, ..d.label_style(d.muted) };
        let par = |align| ParStyle { align, leading: 10.0, hyphenate: false, lang: self.lang, phrases: false };
        let base = d.margin.top - 16.0;
        let half = d.width() / 2.0 - 6.0;
        let left = vec![StyledText { text: day.to_uppercase(), style, link: None }];
        let mut parts = vec![(text::typeset(fonts, &left, &par(Align::Left), half, warnings), d.left())];
        if let Some(s) = session {
            let mut set = |s: &str| {
                let right = vec![StyledText { text: format!("{s} ({cont})").to_uppercase(), style, link: None }];
                text::typeset(fonts, &right, &par(Align::Right), half, warnings)
            };
            let mut right = set(s);
            // A label too long for half the page (an A5 page's "Conférence
            // inaugurale · 9 h 30 – 11 h"): the times alone, rather than
            // a head cut after its label.
            if right.lines.len() > 1
                && let Some((_, times)) = s.rsplit_once(" · ")
            {
                right = set(times);
            }
            parts.push((right, d.left() + d.width() - half));
        }
        for (set, x) in &parts {
            first_line(set, *x, base, out);
        }
        out.push(Element::Rect { x: d.left(), y: base + 5.0, w: d.width(), h: 0.5, color: d.muted });
    }

    /// Draw the footer of page `n` (1-based) of `total` into `out`.
    pub fn draw(
        &self,
        n: usize,
        total: usize,
        d: &Design,
        fonts: &Fonts,
        warnings: &mut Vec<Diagnostic>,
        out: &mut Vec<Element>,
    ) {
        let y_rule = d.page.1 - d.margin.bottom + 12.0;
        out.push(Element::Rect { x: d.left(), y: y_rule, w: d.width(), h: 0.5, color: d.muted });
        let style = d.style(Family::Body, Weight::Regular, false, 7.5, d.muted);
        let par = |align| ParStyle { align, leading: 10.0, hyphenate: false, lang: self.lang, phrases: false };
        let right = vec![StyledText {
            text: format!("{} {n} / {total}", self.page),
            style: TextStyle { weight: Weight::SemiBold, ..style },
            link: None,
        }];
        let right_set = text::typeset(fonts, &right, &par(Align::Right), 90.0, warnings);
        // The title (and stamp) gets the width left by the page number, on
        // one line: a title too long for it is cut at a word, with `…`,
        // never silently short of a word.
        let line = |title: &str| {
            let mut spans = vec![StyledText { text: title.to_owned(), style, link: None }];
            if let Some(stamp) = &self.stamp {
                spans.push(StyledText { text: format!(" · {stamp}"), style, link: None });
            }
            spans
        };
        let width = d.width() - 100.0;
        let mut title = self.title.clone();
        let mut left_set = text::typeset(fonts, &line(&title), &par(Align::Left), width, &mut Vec::new());
        while left_set.lines.len() > 1 {
            let words: Vec<&str> = title.trim_end_matches('…').split(' ').collect();
            if words.len() <= 1 {
                break;
            }
            title = format!("{}…", words[..words.len() - 1].join(" ").trim_end_matches([',', ':', ';', ' ']));
            left_set = text::typeset(fonts, &line(&title), &par(Align::Left), width, &mut Vec::new());
        }
        let left_set = text::typeset(fonts, &line(&title), &par(Align::Left), width, warnings);
        let base = y_rule + 11.0;
        for (set, x) in [(&left_set, d.left()), (&right_set, d.left() + d.width() - 90.0)] {
            first_line(set, x, base, out);
        }
    }
}

/// The first line of `set` as page furniture (block 0) at `x`, baseline
/// `base`.
fn first_line(set: &text::Paragraph, x: f32, base: f32, out: &mut Vec<Element>) {
    if let Some(line) = set.lines.first() {
        for run in &line.runs {
            out.push(Element::Text { block: 0, x: x + run.x, y: base, run: run.clone(), extent: ink_extent(run.size) });
        }
    }
}

/// At most `max` characters of `s`, cut at a word and ended with `…`.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end())
}
