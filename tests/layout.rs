//! The layout of the seed and of made-up programmes: golden dumps of the
//! positioned pages (`LIVRET_BLESS=1 cargo test` accepts new output), and
//! the layout invariants checked on the model.

mod common;
use common::*;

use livret::layout::{check, dump};
use livret::text::Fonts;

/// Lay out a programme file of the repository.
fn layout_of(rel: &str) -> (String, Vec<check::Violation>, usize) {
    let path = root().join(rel);
    let src = std::fs::read_to_string(&path).unwrap();
    let base = path.parent().unwrap().to_path_buf();
    // Logo and font paths in the test programmes are relative to the root.
    let base = if rel.starts_with("tests/") { root() } else { base };
    let p = livret::load(&src, &base).map(|w| w.output).unwrap_or_else(|d| panic!("{rel} is invalid: {d:?}"));
    let fonts = Fonts::new(&p.theme.fonts);
    let doc = livret::layout::lay_out(&p, &fonts).output;
    (dump::dump(&doc, &fonts), check::check(&doc), doc.pages.len())
}

/// Compare with `tests/golden/NAME.txt`, or rewrite it when blessing.
fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(format!("{name}.txt"));
    if std::env::var_os("LIVRET_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no golden file {}: run LIVRET_BLESS=1 cargo test", path.display()));
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(a, b)| a != b);
        let at = first.unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name}: layout differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\nIf the change is intended, run LIVRET_BLESS=1 cargo test",
            path.display(),
            at + 1,
            expected.lines().nth(at),
            actual.lines().nth(at)
        );
    }
}

#[test]
fn seed_layout() {
    let (dump, violations, pages) = layout_of("programme.toml");
    assert!(violations.is_empty(), "{violations:#?}");
    assert_eq!(pages % 4, 0, "the seed should fill a folded booklet");
    golden("seed", &dump);
}

#[test]
fn english_three_days_five_workshops() {
    let (dump, violations, _) = layout_of("tests/programmes/english-conference.toml");
    assert!(violations.is_empty(), "{violations:#?}");
    assert!(dump.contains("\"Workshop 3.5: Training, skills and the future of work\""));
    golden("english-conference", &dump);
}

#[test]
fn french_a5_with_spaced_times() {
    let (dump, violations, _) = layout_of("tests/programmes/a5-francais.toml");
    assert!(violations.is_empty(), "{violations:#?}");
    assert!(dump.starts_with("document 419.53x595.28"));
    golden("a5-francais", &dump);
}

#[test]
fn invariants_hold_for_generated_programmes() {
    for (seed, days, slots) in [(1, 1, 3), (2, 2, 8), (3, 3, 12), (4, 5, 20), (5, 2, 40)] {
        let src = livret::generate::programme(seed, days, slots);
        let p = livret::load(&src, &root()).map(|w| w.output).expect("generated programmes are valid");
        let fonts = Fonts::new(&p.theme.fonts);
        let doc = livret::layout::lay_out(&p, &fonts).output;
        let v = check::check(&doc);
        assert!(v.is_empty(), "seed {seed}, {days}×{slots}: {v:#?}");
    }
}

#[test]
fn long_content_flows_onto_new_pages() {
    // One slot with an enormous description: it must spread over pages,
    // never run past the foot of one.
    let para = "Une phrase assez longue pour remplir une ligne entière de texte justifié et composé. ".repeat(40);
    let desc = vec![para; 12].join("\n\n");
    let src = format!("{MINIMAL}description = \"\"\"\n{desc}\n\"\"\"\n");
    let p = livret::load(&src, &root()).map(|w| w.output).unwrap();
    let fonts = Fonts::new(&p.theme.fonts);
    let doc = livret::layout::lay_out(&p, &fonts).output;
    assert!(doc.pages.len() >= 6, "{} pages", doc.pages.len());
    let v = check::check(&doc);
    assert!(v.is_empty(), "{v:#?}");
}

#[test]
fn the_checker_catches_overlaps_and_overflow() {
    // The invariants are only worth something if they can fail.
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let p = livret::load(&src, &root()).map(|w| w.output).unwrap();
    let fonts = Fonts::new(&p.theme.fonts);
    let mut doc = livret::layout::lay_out(&p, &fonts).output;
    let page = &mut doc.pages[1];
    let text = page.elements.iter().find(|e| matches!(e, livret::layout::Element::Text { .. })).cloned().unwrap();
    page.elements.push(text.clone());
    if let livret::layout::Element::Text { run, extent, block, .. } = text {
        page.elements.push(livret::layout::Element::Text { x: 560.0, y: 400.0, run, extent, block });
    }
    let v = check::check(&doc);
    assert!(v.iter().any(|v| v.message.contains("overlaps")), "{v:#?}");
    assert!(v.iter().any(|v| v.message.contains("outside")), "{v:#?}");
}
