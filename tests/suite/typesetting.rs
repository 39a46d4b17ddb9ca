//! Golden dumps of typeset paragraphs (line text, position, width, font),
//! and the French rules checked line by line.

use crate::common::*;

use livret::model::{Language, Rgb};
use livret::testing::text::{Align, Family, Fonts, ParStyle, StyledText, TextStyle, Weight, typeset};

const SAMPLES: &[&str] = &[
    "Les intelligences artificielles peuvent transformer en profondeur les métiers, l'intérêt au travail, l'organisation du travail proprement dite avec des effets induits sur les conditions de travail et la santé des salarié·es. La régulation au niveau européen est en cours d'élaboration et elle devra par la suite être transposée dans le droit français.",
    "Ces avancées avec des outils plus fiables pourraient faire de l'IA « robustement bénéfique » espèrent deux chercheurs de Lausanne (« Le fabuleux Chantier » de Lê Nguyễn Hoang et El Mahdi el Mhamdi Éditions Eyrolles) qui se concentrent sur la correction des discriminations algorithmiques.",
    "Quels sont les potentielles atteintes à nos libertés publiques? Sommes nous toutes et tous égaux face à l'IA ? Quelles populations sont prioritairement ciblées ? Quels choix de société s'offrent à nous ?",
    "Le 5 août dernier dans le sud de la Californie, le Capitaine Leary est réveillé à 3h du matin par un logiciel scrutant 1000 caméras dont l'une signale une colonne de fumée au dessus du village de Pine Valley, 1 600 habitants.",
    "Écrire à contact@solidaires.org ou consulter https://solidaires.org/sinformer-et-agir/actualites-et-mobilisations/ pour tout savoir.",
];

fn style() -> TextStyle {
    TextStyle {
        family: Family::Body,
        weight: Weight::Regular,
        italic: false,
        size: 9.5,
        color: Rgb(0, 0, 0),
        tracking: 0.0,
    }
}

fn set(text: &str, width: f32, align: Align) -> livret::testing::text::Paragraph {
    let fonts = Fonts::bundled();
    let spans = [StyledText { text: text.to_owned(), style: style(), link: None }];
    let par = ParStyle { align, leading: 12.8, hyphenate: true, lang: Language::French, phrases: false };
    typeset(&fonts, &spans, &par, width, &mut Vec::new())
}

#[test]
fn paragraphs_golden() {
    let fonts = Fonts::bundled();
    let mut out = String::new();
    for (i, s) in SAMPLES.iter().enumerate() {
        for (w, align) in [(420.0, Align::Justify), (250.0, Align::Justify), (160.0, Align::Left)] {
            out.push_str(&format!("sample {i} width {w} {align:?}\n"));
            set(s, w, align).dump(&fonts, &mut out);
        }
    }
    golden("paragraphs", &out);
}

#[test]
fn french_rules_hold_at_every_width() {
    for s in SAMPLES {
        for w in (120..=480).step_by(20) {
            let p = set(s, w as f32, Align::Justify);
            for l in &p.lines {
                let t = l.text();
                assert!(
                    !t.starts_with([':', ';', '!', '?', '»', '\u{202F}', '\u{A0}']),
                    "line starts badly at {w}: {t:?}"
                );
                assert!(!t.trim_end().ends_with('«'), "line ends with « at {w}: {t:?}");
                assert!(!t.ends_with("·") && !t.starts_with("·"), "break at the middle dot: {t:?}");
                assert!(l.width <= w as f32 + 0.05, "overflow at {w}: {t:?} {}", l.width);
            }
            // No hyphen on the last line's predecessor: the last line of a
            // paragraph is not the tail of a hyphenated word, at every
            // measure livret justifies (190 pt and wider; narrower columns
            // are set ragged). It is when the only other setting has a
            // line with spaces past 2.6× (see the next test): narrower, and
            // for the paragraph with a long URL (the last sample), whose
            // unbreakable address leaves "pour tout savoir." either a line
            // with two spaces 3.9× wide or "sa-/voir." at 280 pt.
            let url = s.contains("https://");
            if p.lines.len() >= 2 && w >= 190 && !url {
                let before_last = p.lines[p.lines.len() - 2].text();
                let last_hyphenated = before_last.ends_with('-') && !before_last.ends_with(" -");
                let typed =
                    s.contains(&format!("{}-", before_last.trim_end_matches('-').rsplit(' ').next().unwrap_or("")));
                assert!(!last_hyphenated || typed, "hyphenated before the last line at {w}: {before_last:?}");
            }
        }
    }
}

/// The widest word space of `p`'s lines but the last, in natural spaces.
fn widest_space(p: &livret::testing::text::Paragraph) -> f32 {
    let fonts = Fonts::bundled();
    let natural =
        livret::testing::text::shape::width(&fonts, fonts.select(Family::Body, Weight::Regular, false), " ", 9.5, 0.0);
    let mut widest: f32 = 0.0;
    for l in &p.lines[..p.lines.len().saturating_sub(1)] {
        for r in &l.runs {
            for g in &r.glyphs {
                if r.text.get(g.range.clone()) == Some(" ") {
                    widest = widest.max(g.advance / natural);
                }
            }
        }
    }
    widest
}

#[test]
fn the_last_word_is_hyphenated_rather_than_a_line_stretched_apart() {
    // The seed's booklet: at the A5 measure this two-line paragraph can
    // only keep its last word whole with a first line whose spaces are
    // 3.6× natural. The last word is hyphenated instead.
    let p = set("Fil rouge de chaque Atelier\u{a0}: quels outils, action, revendications", 269.3, Align::Justify);
    let lines: Vec<String> = p.lines.iter().map(|l| l.text()).collect();
    assert!(widest_space(&p) <= 1.5 + 1e-3, "{lines:?}: a space is {:.2}× natural", widest_space(&p));
    assert!(lines[0].ends_with('-'), "{lines:?}");
}

#[test]
fn word_spacing_stays_even_in_the_seed_measure() {
    // At the seed's content measure, justified word spaces stay within
    // 1.5× their natural width (the breaker's first-pass tolerance).
    let fonts = Fonts::bundled();
    let natural =
        livret::testing::text::shape::width(&fonts, fonts.select(Family::Body, Weight::Regular, false), " ", 9.5, 0.0);
    let mut widest: f32 = 0.0;
    let mut lines = 0;
    // The last sample holds a long URL: at this measure no break keeps its
    // line within tolerance, so it is left out (see overlong_urls below).
    for s in &SAMPLES[..SAMPLES.len() - 1] {
        let p = set(s, 419.0, Align::Justify);
        for l in &p.lines[..p.lines.len().saturating_sub(1)] {
            lines += 1;
            for r in &l.runs {
                for g in &r.glyphs {
                    if r.text.get(g.range.clone()) == Some(" ") {
                        widest = widest.max(g.advance / natural);
                    }
                }
            }
        }
    }
    assert!(lines >= 6, "{lines} lines checked");
    assert!(widest <= 1.5 + 1e-3, "a word space is {widest:.2}× natural");
}

#[test]
fn urls_break_after_slashes_without_hyphens() {
    let p = set(SAMPLES[4], 150.0, Align::Justify);
    let texts: Vec<String> = p.lines.iter().map(|l| l.text()).collect();
    assert!(texts.len() >= 3, "{texts:?}");
    // Breaks inside the address come after / . @ - and add nothing.
    let joined = texts.join("");
    assert!(joined.contains("https://solidaires.org/sinformer-et-agir/actualites-et-mobilisations/"), "{texts:?}");
    for l in &p.lines {
        assert!(l.width <= 150.05, "{:?}", l.text());
    }
}

#[test]
fn single_word_lines_are_a_last_resort() {
    // A paragraph whose only good breaks are inside a URL never leaves a
    // lone short word on a line of its own.
    let p = set(SAMPLES[4], 419.0, Align::Justify);
    assert!(p.lines[0].text().len() > 20, "{:?}", p.lines[0].text());
}

#[test]
fn text_without_spaces_breaks_at_unicode_opportunities() {
    // CJK has no spaces: UAX #14 allows a break between ideographs, so a
    // long run sets in lines without the "word wider than its column"
    // warning (the glyphs themselves are boxes: Inter has no CJK).
    let fonts = Fonts::bundled();
    let text = "中文排版测试".repeat(30);
    let spans = [StyledText { text: text.clone(), style: style(), link: None }];
    let par =
        ParStyle { align: Align::Justify, leading: 12.8, hyphenate: true, lang: Language::French, phrases: false };
    let mut warnings = Vec::new();
    let p = typeset(&fonts, &spans, &par, 150.0, &mut warnings);
    assert!(p.lines.len() > 3);
    assert!(p.lines.iter().all(|l| l.width <= 150.05));
    assert!(!warnings.iter().any(|w| w.message.contains("wider than")), "{warnings:?}");
    assert_eq!(p.lines.iter().map(|l| l.text()).collect::<String>(), text);
}
