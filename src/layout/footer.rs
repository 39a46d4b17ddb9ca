//! The running footer of every page but the cover: the event's title on
//! the left, the page number on the right, over a hairline.

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
    /// The word for "page".
    pub page: String,
    /// Document language.
    pub lang: Language,
}

impl Footer {
    /// The footer of a programme.
    pub fn new(p: &Programme) -> Footer {
        Footer { title: shorten(&p.event.title, MAX_TITLE), page: p.labels.page.clone(), lang: p.event.language }
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
        let par = |align| ParStyle { align, leading: 10.0, hyphenate: false, lang: self.lang };
        let right = vec![StyledText {
            text: format!("{} {n} / {total}", self.page),
            style: TextStyle { weight: Weight::SemiBold, ..style },
            link: None,
        }];
        let right_set = text::typeset(fonts, &right, &par(Align::Right), 90.0, warnings);
        let left = vec![StyledText { text: self.title.clone(), style, link: None }];
        // The title gets the width left by the page number, on one line.
        let left_set = text::typeset(fonts, &left, &par(Align::Left), d.width() - 100.0, warnings);
        let base = y_rule + 11.0;
        for (set, x) in [(&left_set, d.left()), (&right_set, d.left() + d.width() - 90.0)] {
            if let Some(line) = set.lines.first() {
                for run in &line.runs {
                    out.push(Element::Text {
                        block: 0,
                        x: x + run.x,
                        y: base,
                        run: run.clone(),
                        extent: ink_extent(run.size),
                    });
                }
            }
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
