//! Paragraphs already typeset, kept for the next time the same text is
//! set at the same width: the editions of one build set most paragraphs
//! alike (the photocopy edition is the reading one in black), the cover
//! is set twice in every build (once to see whether it fits), and a
//! watch's rebuild sets again every paragraph an edit did not touch.
//!
//! A paragraph's lines do not depend on its colours (runs are cut by span
//! and font, never by colour), so the key leaves them out and a result is
//! recoloured span by span when it is reused. What was set in the last
//! two builds is kept ([`Memo::next_build`]), so a watch holds no more
//! than two versions of the programme's text.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use super::paragraph::{Align, ParStyle, Paragraph, StyledText};
use crate::diagnostic::Diagnostic;
use crate::model::{Language, Rgb};

/// What makes a paragraph's lines: its text, styles but colours, links,
/// paragraph style and width (floats by their bits: equal inputs, equal
/// lines).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    spans: Vec<SpanKey>,
    align: Align,
    leading: u32,
    hyphenate: bool,
    lang: Language,
    phrases: bool,
    width: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct SpanKey {
    text: String,
    font: (super::Family, super::Weight, bool),
    size: u32,
    tracking: u32,
    link: Option<String>,
}

impl Key {
    fn new(spans: &[StyledText], par: &ParStyle, width: f32) -> Key {
        Key {
            spans: spans
                .iter()
                .map(|s| SpanKey {
                    text: s.text.clone(),
                    font: (s.style.family, s.style.weight, s.style.italic),
                    size: s.style.size.to_bits(),
                    tracking: s.style.tracking.to_bits(),
                    link: s.link.clone(),
                })
                .collect(),
            align: par.align,
            leading: par.leading.to_bits(),
            hyphenate: par.hyphenate,
            lang: par.lang,
            phrases: par.phrases,
            width: width.to_bits(),
        }
    }
}

/// A typeset paragraph, the colours of the spans it was set from, and
/// the warnings setting it gave.
#[derive(Debug)]
struct Entry {
    paragraph: Paragraph,
    colors: Vec<Rgb>,
    warnings: Vec<Diagnostic>,
}

/// The paragraphs of this build and of the one before.
#[derive(Debug, Default)]
pub struct Memo {
    generations: Mutex<Generations>,
}

#[derive(Debug, Default)]
struct Generations {
    current: HashMap<Key, Arc<Entry>>,
    previous: HashMap<Key, Arc<Entry>>,
}

impl Memo {
    /// `spans` set at `width` with `par`: the paragraph kept from an
    /// earlier setting, recoloured as `spans` are, or `set()`'s result,
    /// kept. Warnings are passed on either way.
    pub fn get_or_set(
        &self,
        spans: &[StyledText],
        par: &ParStyle,
        width: f32,
        warnings: &mut Vec<Diagnostic>,
        set: impl FnOnce(&mut Vec<Diagnostic>) -> Paragraph,
    ) -> Paragraph {
        let key = Key::new(spans, par, width);
        let colors: Vec<Rgb> = spans.iter().map(|s| s.style.color).collect();
        if let Some(entry) = self.find(&key) {
            // Two spans of one colour in the kept paragraph but of two
            // colours now cannot be told apart in its runs: set it anew.
            if let Some(paragraph) = recolor(&entry, &colors) {
                warnings.extend(entry.warnings.iter().cloned());
                return paragraph;
            }
        }
        let mut mine = Vec::new();
        let paragraph = set(&mut mine);
        warnings.extend(mine.iter().cloned());
        let entry = Entry { paragraph: paragraph.clone(), colors, warnings: mine };
        self.lock().current.insert(key, Arc::new(entry));
        paragraph
    }

    /// Whether `spans` set at `width` with `par` are kept, from this build
    /// or the one before: setting them again costs a look-up, not a
    /// typesetting (what [`crate::layout`] weighs before starting a second
    /// thread).
    pub fn holds(&self, spans: &[StyledText], par: &ParStyle, width: f32) -> bool {
        let key = Key::new(spans, par, width);
        let g = self.lock();
        g.current.contains_key(&key) || g.previous.contains_key(&key)
    }

    /// A build is over: what it did not use is forgotten at the end of
    /// the next one.
    pub fn next_build(&self) {
        let mut g = self.lock();
        // The next build sets about as many: room for them at once.
        let room = g.current.len();
        g.previous = std::mem::replace(&mut g.current, HashMap::with_capacity(room));
    }

    fn find(&self, key: &Key) -> Option<Arc<Entry>> {
        let mut g = self.lock();
        if let Some(e) = g.current.get(key) {
            return Some(e.clone());
        }
        // Used again in this build: moved to this build's generation.
        let (key, e) = g.previous.remove_entry(key)?;
        g.current.insert(key, e.clone());
        Some(e)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Generations> {
        // Entries are inserted whole, so a poisoned lock is still sound.
        self.generations.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The kept paragraph with each run in the colour its span has now, or
/// `None` when a colour of the kept spans would need two new colours.
fn recolor(entry: &Entry, colors: &[Rgb]) -> Option<Paragraph> {
    let mut map: Vec<(Rgb, Rgb)> = Vec::new();
    for (&old, &new) in entry.colors.iter().zip(colors) {
        match map.iter().find(|(o, _)| *o == old) {
            Some(&(_, n)) if n != new => return None,
            Some(_) => {}
            None => map.push((old, new)),
        }
    }
    let mut p = entry.paragraph.clone();
    if map.iter().any(|(o, n)| o != n) {
        for run in p.lines.iter_mut().flat_map(|l| &mut l.runs) {
            if let Some(&(_, n)) = map.iter().find(|(o, _)| *o == run.color)
                && n != run.color
            {
                Arc::make_mut(run).color = n;
            }
        }
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Family, Fonts, TextStyle, Weight};

    fn spans(color: Rgb) -> Vec<StyledText> {
        let style =
            TextStyle { family: Family::Body, weight: Weight::Regular, italic: false, size: 9.5, color, tracking: 0.0 };
        let bold = TextStyle { weight: Weight::Bold, color: Rgb(200, 0, 0), ..style };
        vec![
            StyledText { text: "Un atelier sur les outils ".into(), style, link: None },
            StyledText { text: "numériques".into(), style: bold, link: None },
            StyledText { text: " et le travail syndical, de 14 h à 16 h.".into(), style, link: None },
        ]
    }

    const PAR: ParStyle =
        ParStyle { align: Align::Justify, leading: 13.0, hyphenate: true, lang: Language::French, phrases: false };

    #[test]
    fn a_paragraph_set_again_in_other_colours_is_the_same_but_for_them() {
        let fonts = Fonts::bundled();
        let grey = super::super::typeset(&fonts, &spans(Rgb(0x1A, 0x1A, 0x1A)), &PAR, 120.0, &mut Vec::new());
        // Set again in black: taken from the memo, recoloured.
        let black = super::super::typeset(&fonts, &spans(Rgb(0, 0, 0)), &PAR, 120.0, &mut Vec::new());
        // What a fresh set of fonts (an empty memo) makes of it.
        let fresh = super::super::typeset(&Fonts::bundled(), &spans(Rgb(0, 0, 0)), &PAR, 120.0, &mut Vec::new());
        assert_eq!(black, fresh);
        assert_ne!(black, grey);
        assert!(black.lines.len() > 1, "the test needs several lines");
        let colours = |p: &Paragraph| p.lines.iter().flat_map(|l| &l.runs).map(|r| r.color).collect::<Vec<_>>();
        assert!(colours(&black).contains(&Rgb(200, 0, 0)), "the bold span keeps its own colour");
        assert!(!colours(&black).contains(&Rgb(0x1A, 0x1A, 0x1A)));
    }

    #[test]
    fn spans_of_one_colour_given_two_are_set_anew() {
        let memo = Memo::default();
        let one = spans(Rgb(0, 0, 0));
        let mut two = spans(Rgb(0, 0, 0));
        two[2].style.color = Rgb(0, 0, 200);
        let mut calls = 0;
        let mut get = |s: &[StyledText]| {
            memo.get_or_set(s, &PAR, 120.0, &mut Vec::new(), |_| {
                calls += 1;
                Paragraph::default()
            });
        };
        get(&one);
        get(&one);
        get(&two);
        // Set once for `one`, reused once, set anew for `two`.
        assert_eq!(calls, 2);
    }

    #[test]
    fn what_a_build_did_not_use_is_forgotten_after_the_next() {
        let memo = Memo::default();
        let s = spans(Rgb(0, 0, 0));
        let mut calls = 0;
        let mut get = |memo: &Memo| {
            memo.get_or_set(&s, &PAR, 120.0, &mut Vec::new(), |_| {
                calls += 1;
                Paragraph::default()
            });
        };
        get(&memo);
        memo.next_build();
        get(&memo); // kept from the build before
        memo.next_build();
        memo.next_build();
        get(&memo); // two builds without it: set anew
        assert_eq!(calls, 2);
    }

    #[test]
    fn held_is_what_the_next_setting_would_take_from_the_memo() {
        let memo = Memo::default();
        let s = spans(Rgb(0, 0, 0));
        assert!(!memo.holds(&s, &PAR, 120.0));
        memo.get_or_set(&s, &PAR, 120.0, &mut Vec::new(), |_| Paragraph::default());
        assert!(memo.holds(&s, &PAR, 120.0));
        // Colours are not in the key; width and text are.
        assert!(memo.holds(&spans(Rgb(0, 0, 200)), &PAR, 120.0));
        assert!(!memo.holds(&s, &PAR, 121.0));
        let mut other = s.clone();
        other[0].text.push('x');
        assert!(!memo.holds(&other, &PAR, 120.0));
        // Asking does not keep it alive: held one build on, gone after two.
        memo.next_build();
        assert!(memo.holds(&s, &PAR, 120.0));
        memo.next_build();
        assert!(!memo.holds(&s, &PAR, 120.0));
    }
}
