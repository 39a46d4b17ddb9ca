//! The seed programme builds, and the PDF's text (read back in drawing
//! order) contains every title and name of programme.toml.

use crate::common::*;

/// Fold the typographic substitutions livret makes (no-break spaces,
/// curly apostrophes, ellipsis) and line breaks, so typed text and
/// extracted text compare equal.
fn fold(s: &str) -> String {
    let s = s.replace(['\u{202F}', '\u{A0}'], " ").replace('\u{2019}', "'").replace('…', "...");
    // Join words hyphenated at line ends ("par-\nticipant").
    let s = s.replace("-\n", "");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn build_seed(name: &str) -> (std::path::PathBuf, String) {
    let dir = scratch(name);
    let pdf = dir.join("programme.pdf");
    let src = root().join("programme.toml");
    let out = livret(&dir, &["build", src.to_str().unwrap(), "-o", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("pages") && stdout.contains("KB"), "{stdout}");
    let text = pdf_text(&pdf);
    (pdf, text)
}

#[test]
fn every_title_and_name_is_in_the_pdf() {
    let (_, text) = build_seed("seed-names");
    let text = fold(&text);
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let p = livret::load(&src, &root()).map(|w| w.output).expect("the seed is valid");
    let mut expected = vec![p.event.title.clone()];
    for o in &p.organisers {
        expected.push(o.name.clone());
        expected.extend(o.email.clone());
    }
    for d in &p.days {
        for s in &d.slots {
            expected.push(s.title.clone());
            expected.extend(s.speakers.iter().filter_map(|p| p.name.clone()));
            for w in &s.workshops {
                expected.push(w.title.clone());
                expected.extend(w.guest.iter().filter_map(|p| p.name.clone()));
            }
        }
    }
    assert!(expected.len() > 30);
    for e in expected {
        assert!(text.contains(&fold(&e)), "missing from the PDF: {e:?}");
    }
}

#[test]
fn special_characters_copy_back_exactly() {
    let (_, text) = build_seed("seed-chars");
    for s in ["Lê Nguyễn Hoang", "participant·es", "nul·les", "cœur", "Héry"] {
        assert!(text.contains(s), "{s:?} does not copy back");
    }
    // Guillemets keep their (narrow no-break) spaces.
    assert!(fold(&text).contains("« sécurité »"), "guillemets");
}

#[test]
fn the_seed_is_an_a4_reading_pdf_tighter_than_the_baseline() {
    let (pdf, _) = build_seed("seed-info");
    let pdf = Pdf::open(&pdf);
    // The Typst baseline (../shared/anchors) sets the seed in 7 pages.
    assert!((4..=6).contains(&pdf.pages()), "{} pages", pdf.pages());
    for page in 0..pdf.pages() {
        let (w, h) = pdf.page_size(page);
        assert!((w - 595.28).abs() < 0.01 && (h - 841.89).abs() < 0.01, "page {page}: {w} × {h} pt, not A4");
    }
    assert_eq!(pdf.info("Title").as_deref(), Some("Journées intelligence artificielle"));
}

#[test]
fn identical_input_gives_identical_bytes() {
    let (pdf, _) = build_seed("seed-a");
    let first = std::fs::read(&pdf).unwrap();
    let (pdf2, _) = build_seed("seed-b");
    assert_eq!(first, std::fs::read(pdf2).unwrap());
}
